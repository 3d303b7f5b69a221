package org.greenmine.selection.entity;

/**
 * A round's lifecycle. Opening freezes the setup; releasing the results is a separate, deliberate
 * step after closing.
 */
public enum RoundState {
  DRAFT,
  OPEN,
  CLOSED,
  RELEASED;

  public boolean canMoveTo(RoundState next) {
    return next.ordinal() == ordinal() + 1;
  }
}
