package org.greenmine.notify.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"zhang.san@cmf.org.cn", "li_si+alerts@mail.example.com", "wang@矿业.中国", "a@b.co"})
  void plainAddressesAreValid(String address) {
    assertThat(MailAddresses.valid(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "no-at-sign",
        "@example.com",
        "two@@example.com",
        "a@b@example.com",
        "someone@localhost",
        "someone@example.",
        "someone@-example.com",
        "Zhang San <zhang@example.com>",
        "zhang@example.com, li@example.com",
        "zhang@example.com\r\nBcc: everyone@example.com",
        "zhang @example.com",
        "(comment)zhang@example.com"
      })
  void anythingElseIsRefused(String address) {
    assertThat(MailAddresses.valid(address)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void nullAndOverlongAreRefused() {
    assertThat(MailAddresses.valid(null)).isFalse();
    assertThat(MailAddresses.valid("a".repeat(65) + "@example.com")).isFalse();
    assertThat(MailAddresses.valid("a@" + "b".repeat(250) + ".com")).isFalse();
  }

  @Test
  void theStableMessageIdTakesThePortalsHost() {
    assertThat(MailSender.hostOf("https://portal.example.org/")).isEqualTo("portal.example.org");
    assertThat(MailSender.hostOf("not a url")).isEqualTo("greenmine.invalid");
  }
}
