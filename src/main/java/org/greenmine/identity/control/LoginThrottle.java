package org.greenmine.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Each key (an account name or a client address) may fail a few times
 * freely; after that every further failure doubles the wait before the next attempt is even
 * checked, up to a ceiling. A success clears the key. Failures older than the window are forgotten.
 */
public final class LoginThrottle {
  private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
  private static final Duration WINDOW = Duration.ofMinutes(30);
  private static final int MAX_TRACKED_KEYS = 100_000;

  private record Failures(int count, Instant last) {}

  private final Clock clock;
  private final int freeFailures;
  private final Map<String, Failures> failuresByKey = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock, int freeFailures) {
    this.clock = clock;
    this.freeFailures = freeFailures;
  }

  /** How long the caller must still wait before an attempt for any of these keys is checked. */
  public Duration waitBeforeAttempt(String... keys) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : keys) {
      Failures failures = failuresByKey.get(key);
      if (failures == null) {
        continue;
      }
      if (failures.last().plus(WINDOW).isBefore(now)) {
        failuresByKey.remove(key, failures);
        continue;
      }
      Duration remaining = Duration.between(now, failures.last().plus(penalty(failures.count())));
      if (remaining.compareTo(longest) > 0) {
        longest = remaining;
      }
    }
    return longest;
  }

  public void recordFailure(String... keys) {
    Instant now = clock.instant();
    if (failuresByKey.size() > MAX_TRACKED_KEYS) {
      failuresByKey.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
    }
    for (String key : keys) {
      failuresByKey.merge(
          key, new Failures(1, now), (old, fresh) -> new Failures(old.count() + 1, now));
    }
  }

  public void recordSuccess(String... keys) {
    for (String key : keys) {
      failuresByKey.remove(key);
    }
  }

  Duration penalty(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 20);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
