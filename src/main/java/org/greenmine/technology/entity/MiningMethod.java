package org.greenmine.technology.entity;

public enum MiningMethod {
  OPEN_PIT,
  UNDERGROUND,
  BOTH,
  NOT_APPLICABLE;

  /** True when a technology for this method serves a mine worked by {@code mine}. */
  public boolean serves(MiningMethod mine) {
    return this == BOTH || this == NOT_APPLICABLE || mine == BOTH || this == mine;
  }
}
