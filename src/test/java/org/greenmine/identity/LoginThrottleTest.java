package org.greenmine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenmine.identity.control.LoginThrottle;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final LoginThrottle throttle = new LoginThrottle(clock, 3);

  @Test
  void theFirstFailuresAreFree() {
    throttle.recordFailure("ann");
    throttle.recordFailure("ann");
    assertThat(throttle.waitBeforeAttempt("ann")).isZero();
  }

  @Test
  void furtherFailuresDoubleTheWait() {
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure("ann");
    }
    assertThat(throttle.waitBeforeAttempt("ann")).isEqualTo(Duration.ofSeconds(2));
    throttle.recordFailure("ann");
    assertThat(throttle.waitBeforeAttempt("ann")).isEqualTo(Duration.ofSeconds(4));
    now = now.plusSeconds(3);
    assertThat(throttle.waitBeforeAttempt("ann")).isEqualTo(Duration.ofSeconds(1));
    now = now.plusSeconds(1);
    assertThat(throttle.waitBeforeAttempt("ann")).isZero();
  }

  @Test
  void theWaitHasACeiling() {
    for (int i = 0; i < 40; i++) {
      throttle.recordFailure("bob");
    }
    assertThat(throttle.waitBeforeAttempt("bob")).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void keysAreIndependentAndSuccessClears() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("ann");
    }
    assertThat(throttle.waitBeforeAttempt("carl")).isZero();
    assertThat(throttle.waitBeforeAttempt("carl", "ann")).isPositive();
    throttle.recordSuccess("ann");
    assertThat(throttle.waitBeforeAttempt("ann")).isZero();
  }

  @Test
  void oldFailuresAreForgotten() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("ann");
    }
    now = now.plus(Duration.ofMinutes(31));
    assertThat(throttle.waitBeforeAttempt("ann")).isZero();
    throttle.recordFailure("ann");
    assertThat(throttle.waitBeforeAttempt("ann")).isZero();
  }
}
