package org.greenmine.technology.entity;

import org.greenmine.platform.control.InvalidInput;

/** How far a technology has come, with the technology readiness levels each stage spans. */
public enum Maturity {
  PILOT(4, 6),
  DEMONSTRATION(6, 8),
  PROMOTION(8, 9);

  private final int lowestTrl;
  private final int highestTrl;

  Maturity(int lowestTrl, int highestTrl) {
    this.lowestTrl = lowestTrl;
    this.highestTrl = highestTrl;
  }

  public void checkTrl(int trl) {
    if (trl < 1 || trl > 9) {
      throw new InvalidInput("technology.trl.range", trl);
    }
    if (trl < lowestTrl || trl > highestTrl) {
      throw new InvalidInput("technology.trl.maturity", trl, name(), lowestTrl, highestTrl);
    }
  }
}
