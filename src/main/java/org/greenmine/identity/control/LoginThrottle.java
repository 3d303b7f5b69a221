package org.greenmine.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Every attempt counts against its key (an account name or a client
 * address) the moment it begins, before the password is checked, so parallel guesses cannot slip
 * past the count. A key may have a few attempts freely; after that each further one doubles the
 * wait before the next is even checked, up to a ceiling. Attempts older than the window are
 * forgotten.
 */
public final class LoginThrottle {
  private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
  private static final Duration WINDOW = Duration.ofMinutes(30);
  private static final int MAX_TRACKED_KEYS = 100_000;

  private record Attempts(int count, Instant last) {}

  private final Clock clock;
  private final int freeAttempts;
  private final Map<String, Attempts> attemptsByKey = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock, int freeAttempts) {
    this.clock = clock;
    this.freeAttempts = freeAttempts;
  }

  /**
   * Begins an attempt: returns zero and counts it, or returns how long the caller must still wait
   * and counts nothing.
   */
  public Duration begin(String key) {
    Instant now = clock.instant();
    if (attemptsByKey.size() > MAX_TRACKED_KEYS) {
      attemptsByKey.values().removeIf(a -> a.last().plus(WINDOW).isBefore(now));
    }
    Duration[] wait = {Duration.ZERO};
    attemptsByKey.compute(
        key,
        (k, old) -> {
          Attempts current = old == null || old.last().plus(WINDOW).isBefore(now) ? null : old;
          if (current != null) {
            Duration remaining =
                Duration.between(now, current.last().plus(penalty(current.count())));
            if (remaining.compareTo(Duration.ZERO) > 0) {
              wait[0] = remaining;
              return current;
            }
          }
          return new Attempts(current == null ? 1 : current.count() + 1, now);
        });
    return wait[0];
  }

  /** How long an attempt for this key would have to wait now; counts nothing. */
  public Duration waitFor(String key) {
    Attempts current = attemptsByKey.get(key);
    Instant now = clock.instant();
    if (current == null || current.last().plus(WINDOW).isBefore(now)) {
      return Duration.ZERO;
    }
    Duration remaining = Duration.between(now, current.last().plus(penalty(current.count())));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  /** The attempt succeeded: the key starts afresh. */
  public void clear(String key) {
    attemptsByKey.remove(key);
  }

  /** The attempt succeeded but the key is shared: take back only this attempt. */
  public void forgiveOne(String key) {
    attemptsByKey.computeIfPresent(
        key, (k, old) -> old.count() <= 1 ? null : new Attempts(old.count() - 1, old.last()));
  }

  Duration penalty(int attempts) {
    if (attempts < freeAttempts) {
      return Duration.ZERO;
    }
    int doublings = Math.min(attempts - freeAttempts, 20);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
