package org.greenmine.alerts.entity;

import java.time.Duration;

/** How often a saved search's digest may go out. */
public enum DigestFrequency {
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7));

  private final Duration period;

  DigestFrequency(Duration period) {
    this.period = period;
  }

  public Duration period() {
    return period;
  }
}
