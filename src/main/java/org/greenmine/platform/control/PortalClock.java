package org.greenmine.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's time: "now" and "today" in China for deadlines, windows and periods. A test
 * deployment may be configured with {@code greenmine.clock.adjustable=true}; an administrator can
 * then move it forward (to reach the end of a notice period, say). A real deployment never can.
 */
@ApplicationScoped
public class PortalClock {
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject
  @ConfigProperty(name = "greenmine.clock.adjustable", defaultValue = "false")
  boolean adjustable;

  private volatile Duration offset = Duration.ZERO;

  public Instant now() {
    return Instant.now().plus(offset);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), CHINA);
  }

  public Clock clock() {
    return Clock.offset(Clock.systemUTC(), offset);
  }

  public boolean isAdjustable() {
    return adjustable;
  }

  /** Moves the clock forward; refused unless this deployment was configured to allow it. */
  public void advance(Duration by) {
    if (!adjustable) {
      throw new InvalidInput("clock.fixed");
    }
    if (by.isNegative()) {
      throw new InvalidInput("clock.backwards");
    }
    offset = offset.plus(by);
  }
}
