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
  void theFirstAttemptsAreFree() {
    assertThat(throttle.begin("ann")).isZero();
    assertThat(throttle.begin("ann")).isZero();
    assertThat(throttle.begin("ann")).isZero();
    assertThat(throttle.begin("ann")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRefusedAttemptIsNotCountedAndLaterOnesDoubleTheWait() {
    for (int i = 0; i < 3; i++) {
      throttle.begin("ann");
    }
    assertThat(throttle.begin("ann")).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.begin("ann")).isEqualTo(Duration.ofSeconds(2));
    now = now.plusSeconds(2);
    assertThat(throttle.begin("ann")).isZero();
    assertThat(throttle.begin("ann")).isEqualTo(Duration.ofSeconds(4));
    now = now.plusSeconds(3);
    assertThat(throttle.waitFor("ann")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void parallelAttemptsCannotSlipPastTheCount() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    var allowed = new java.util.concurrent.atomic.AtomicInteger();
    var start = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < 64; i++) {
      pool.submit(
          () -> {
            start.await();
            if (throttle.begin("admin").isZero()) {
              allowed.incrementAndGet();
            }
            return null;
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(allowed.get()).isEqualTo(3);
  }

  @Test
  void theWaitHasACeiling() {
    for (int i = 0; i < 40; i++) {
      throttle.begin("bob");
      now = now.plus(Duration.ofMinutes(5));
    }
    throttle.begin("bob");
    assertThat(throttle.waitFor("bob")).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void keysAreIndependentAndClearingStartsAfresh() {
    for (int i = 0; i < 5; i++) {
      throttle.begin("ann");
    }
    assertThat(throttle.begin("carl")).isZero();
    throttle.clear("ann");
    assertThat(throttle.begin("ann")).isZero();
  }

  @Test
  void forgivingOneTakesBackOnlyThatAttempt() {
    for (int i = 0; i < 3; i++) {
      throttle.begin("10.0.0.1");
    }
    throttle.forgiveOne("10.0.0.1");
    assertThat(throttle.begin("10.0.0.1")).isZero();
    assertThat(throttle.begin("10.0.0.1")).isPositive();
  }

  @Test
  void oldAttemptsAreForgotten() {
    for (int i = 0; i < 5; i++) {
      throttle.begin("ann");
    }
    now = now.plus(Duration.ofMinutes(31));
    assertThat(throttle.begin("ann")).isZero();
    assertThat(throttle.begin("ann")).isZero();
  }
}
