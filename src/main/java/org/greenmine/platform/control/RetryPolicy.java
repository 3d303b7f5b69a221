package org.greenmine.platform.control;

import java.time.Duration;

/**
 * How long to wait before trying again after the n-th failure in a row (doubling from {@code
 * first}, never more than {@code max}), and after how many failures of one item to stop and park it
 * for an administrator.
 */
public record RetryPolicy(Duration first, Duration max, int parkAfter) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 6);

  public Duration delayAfter(int failures) {
    if (failures <= 0) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - 1, 30);
    long millis = first.toMillis() << doublings;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }

  public boolean parks(int failures) {
    return failures >= parkAfter;
  }
}
