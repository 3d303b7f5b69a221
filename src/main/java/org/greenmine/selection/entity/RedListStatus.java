package org.greenmine.selection.entity;

/** A red-list entry's standing. */
public enum RedListStatus {
  LISTED,
  /** Given a period to fix what was found; still shown, marked. */
  SUSPENDED,
  REMOVED
}
