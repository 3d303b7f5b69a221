package org.greenmine.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenmine.identity.control.PasswordPolicy;
import org.greenmine.platform.control.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void shortLongAndUsernamePasswordsAreRefused() {
    assertThatThrownBy(() -> PasswordPolicy.check("ann", "short".toCharArray()))
        .isInstanceOf(InvalidInput.class)
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("password.tooShort");
    assertThatThrownBy(() -> PasswordPolicy.check("ann", "x".repeat(201).toCharArray()))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("password.tooLong");
    assertThatThrownBy(() -> PasswordPolicy.check("longusername", "LongUserName".toCharArray()))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("password.sameAsUsername");
  }

  @Test
  void aReasonablePasswordPasses() {
    assertThatCode(() -> PasswordPolicy.check("ann", "tailings-pond-42".toCharArray()))
        .doesNotThrowAnyException();
  }
}
