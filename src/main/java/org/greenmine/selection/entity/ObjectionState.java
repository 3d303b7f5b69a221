package org.greenmine.selection.entity;

/** An objection filed during the public notice, until a curator resolves it. */
public enum ObjectionState {
  FILED,
  UPHELD,
  DISMISSED
}
