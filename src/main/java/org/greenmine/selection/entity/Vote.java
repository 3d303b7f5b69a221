package org.greenmine.selection.entity;

/** An approval round's choices. */
public enum Vote {
  YES,
  NO,
  ABSTAIN
}
