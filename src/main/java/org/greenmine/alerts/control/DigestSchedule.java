package org.greenmine.alerts.control;

import java.time.Duration;
import org.greenmine.alerts.entity.DigestFrequency;

/**
 * When a saved search's digest is due: a period after the last one. The digest job runs hourly and
 * its runs drift by seconds, so a digest a little early in the hour counts as on time rather than
 * waiting a whole hour more.
 */
public final class DigestSchedule {
  static final Duration TOLERANCE = Duration.ofMinutes(10);

  private DigestSchedule() {}

  public static boolean due(DigestFrequency frequency, long lastDigestAt, long now) {
    return now - lastDigestAt >= frequency.period().minus(TOLERANCE).toMillis();
  }
}
