package org.greenmine.concerns.entity;

/**
 * The risks the green-mine policy asks the public to report, each with its response targets in
 * working days: how soon the association acknowledges a concern and how soon it answers. Health and
 * safety are the most urgent.
 */
public enum ConcernCategory {
  ENVIRONMENT(2, 15),
  HEALTH(1, 10),
  SAFETY(1, 7),
  SOCIAL(2, 20);

  private final int acknowledgeWithin;
  private final int answerWithin;

  ConcernCategory(int acknowledgeWithin, int answerWithin) {
    this.acknowledgeWithin = acknowledgeWithin;
    this.answerWithin = answerWithin;
  }

  /** Working days from receipt to acknowledgement. */
  public int acknowledgeWithin() {
    return acknowledgeWithin;
  }

  /** Working days from receipt to the public answer. */
  public int answerWithin() {
    return answerWithin;
  }
}
