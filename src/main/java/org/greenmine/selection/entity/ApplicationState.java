package org.greenmine.selection.entity;

/** An application's standing: checked against the prerequisites, then in the rounds. */
public enum ApplicationState {
  SUBMITTED,
  ELIGIBLE,
  INELIGIBLE,
  /** Removed from the final list by an upheld objection. */
  REMOVED,
  AWARDED
}
