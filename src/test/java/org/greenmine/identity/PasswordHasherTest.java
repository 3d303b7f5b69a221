package org.greenmine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenmine.identity.control.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void aHashMatchesItsPasswordAndNoOther() {
    String hash = hasher.hash("Correct-Horse-42".toCharArray());
    assertThat(hasher.matches("Correct-Horse-42".toCharArray(), hash)).isTrue();
    assertThat(hasher.matches("Correct-Horse-43".toCharArray(), hash)).isFalse();
    assertThat(hasher.matches("".toCharArray(), hash)).isFalse();
  }

  @Test
  void theSamePasswordGetsADifferentSaltEachTime() {
    String first = hasher.hash("same".toCharArray());
    String second = hasher.hash("same".toCharArray());
    assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$1000$").doesNotContain("same");
    assertThat(hasher.matches("same".toCharArray(), second)).isTrue();
  }

  @Test
  void theDefaultIsSlow() {
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(210_000);
    assertThat(new PasswordHasher().hash("x".toCharArray())).startsWith("pbkdf2-sha256$210000$");
  }

  @Test
  void aHashKeepsItsOwnIterationCount() {
    String old = new PasswordHasher(500).hash("legacy".toCharArray());
    assertThat(hasher.matches("legacy".toCharArray(), old)).isTrue();
  }

  @Test
  void malformedStoredHashesNeverMatch() {
    assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
    assertThat(hasher.matches("x".toCharArray(), "plain-text")).isFalse();
    assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$@@$@@")).isFalse();
    assertThat(hasher.matches("x".toCharArray(), "md5$1$aa$bb")).isFalse();
  }
}
