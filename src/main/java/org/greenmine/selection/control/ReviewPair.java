package org.greenmine.selection.control;

import java.util.Comparator;
import java.util.Objects;

/** An expert and an application: one seat on a panel, or one conflict of interest. */
public record ReviewPair(String expertId, String applicationId) implements Comparable<ReviewPair> {
  private static final Comparator<ReviewPair> ORDER =
      Comparator.comparing(ReviewPair::applicationId).thenComparing(ReviewPair::expertId);

  public ReviewPair {
    Objects.requireNonNull(expertId, "expertId");
    Objects.requireNonNull(applicationId, "applicationId");
  }

  @Override
  public int compareTo(ReviewPair other) {
    return ORDER.compare(this, other);
  }
}
