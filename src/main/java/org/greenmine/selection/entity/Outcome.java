package org.greenmine.selection.entity;

/** What a round decided for an application. */
public enum Outcome {
  ADVANCED,
  NOT_ADVANCED,
  TIE_BREAK,
  NOT_RANKED
}
