package org.greenmine.technology;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenmine.platform.control.InvalidInput;
import org.greenmine.technology.entity.Maturity;
import org.junit.jupiter.api.Test;

class MaturityTest {
  @Test
  void theReadinessLevelMustFitTheMaturity() {
    assertThatCode(() -> Maturity.PILOT.checkTrl(5)).doesNotThrowAnyException();
    assertThatCode(() -> Maturity.PROMOTION.checkTrl(9)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Maturity.PROMOTION.checkTrl(4))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("technology.trl.maturity");
    assertThatThrownBy(() -> Maturity.PILOT.checkTrl(0))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("technology.trl.range");
  }
}
