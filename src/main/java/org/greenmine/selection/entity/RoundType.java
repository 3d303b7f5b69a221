package org.greenmine.selection.entity;

/** Scoring rounds shortlist by points per criterion item; approval rounds decide yes or no. */
public enum RoundType {
  SCORING,
  APPROVAL
}
