package org.greenmine.selection.entity;

/** How a conflict of interest became known. */
public enum ConflictSource {
  /** Found by the rules: same enterprise or group by credit code, same province. */
  AUTOMATIC,
  DECLARED_BY_EXPERT,
  ADDED_BY_CURATOR
}
