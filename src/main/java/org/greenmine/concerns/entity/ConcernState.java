package org.greenmine.concerns.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concern stands. Received → acknowledged → under investigation → answered → closed; it may
 * be rejected (with a reason) until it is answered. Closed and rejected are final.
 */
public enum ConcernState {
  RECEIVED,
  ACKNOWLEDGED,
  INVESTIGATING,
  ANSWERED,
  CLOSED,
  REJECTED;

  public Set<ConcernState> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(ACKNOWLEDGED, REJECTED);
      case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING, ANSWERED, REJECTED);
      case INVESTIGATING -> EnumSet.of(ANSWERED, REJECTED);
      case ANSWERED -> EnumSet.of(CLOSED);
      case CLOSED, REJECTED -> EnumSet.noneOf(ConcernState.class);
    };
  }

  public boolean canMoveTo(ConcernState target) {
    return next().contains(target);
  }

  /** Whether the association has acknowledged it (or gone further). */
  public boolean acknowledged() {
    return this != RECEIVED;
  }

  /** Whether the reporter has had their answer: answered, closed or rejected. */
  public boolean settled() {
    return this == ANSWERED || this == CLOSED || this == REJECTED;
  }
}
