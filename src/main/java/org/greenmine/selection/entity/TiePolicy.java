package org.greenmine.selection.entity;

/** What happens to applications tied at the cut. */
public enum TiePolicy {
  ALL_ADVANCE,
  TIE_BREAK
}
