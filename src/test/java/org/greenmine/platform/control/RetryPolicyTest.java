package org.greenmine.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 6);

  @Test
  void theWaitDoublesUpToTheLimit() {
    assertThat(policy.delayAfter(0)).isZero();
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void anItemIsParkedAfterTheSixthFailure() {
    assertThat(policy.parks(5)).isFalse();
    assertThat(policy.parks(6)).isTrue();
  }
}
