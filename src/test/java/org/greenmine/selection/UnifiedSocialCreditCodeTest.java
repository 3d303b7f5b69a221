package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.UnifiedSocialCreditCode;
import org.greenmine.testing.CreditCodes;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {
  private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;

  @Test
  void thePublishedExampleIsValidAndSplitsIntoItsParts() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    assertThat(code.registrationAuthority()).isEqualTo('9');
    assertThat(code.organisationType()).isEqualTo('1');
    assertThat(code.regionCode()).isEqualTo("350100");
    assertThat(code.provinceCode()).isEqualTo("350000");
    assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    assertThat(code).hasToString("91350100M000100Y43");
    assertThat(CreditCodes.of("91", "350100", "M000100Y")).isEqualTo("91350100M000100Y43");
  }

  @Test
  void codesBuiltByTheIndependentAlgorithmAreAccepted() {
    List<String> codes =
        List.of(
            CreditCodes.of("91", "110108", "MA01ABCD"), // a Beijing enterprise
            CreditCodes.of("91", "340200", "14946137"), // Wuhu, old organisation code
            CreditCodes.of("92", "370683", "MA3C4D5E"), // an individual business in Laizhou
            CreditCodes.of("93", "650000", "MA7K8L9M"), // a farmers' cooperative
            CreditCodes.of("12", "100000", "40000713"), // a public institution of the centre
            CreditCodes.of("51", "150700", "50012345"), // a social organisation in Hulunbuir
            CreditCodes.of("Y1", "440300", "MA5G6H7J"));
    for (String text : codes) {
      assertThat(UnifiedSocialCreditCode.isValid(text)).as(text).isTrue();
      assertThat(UnifiedSocialCreditCode.checkCharacter(text.substring(0, 17)))
          .isEqualTo(text.charAt(17));
    }
  }

  @Test
  void blanksAndLowerCaseAreForgivenOnParse() {
    assertThat(UnifiedSocialCreditCode.parse("  91350100m000100y43 \n").value())
        .isEqualTo("91350100M000100Y43");
  }

  @Test
  void eachKindOfMistakeIsNamed() {
    assertKey("91350100M000100Y4", "selection.creditCode.length");
    assertKey("", "selection.creditCode.length");
    assertKey(null, "selection.creditCode.length");
    assertKey("91350100M000100Y433", "selection.creditCode.length");
    // I, O, Z, S and V are not in the alphabet, nor are punctuation and CJK
    for (char c : new char[] {'I', 'O', 'Z', 'S', 'V', '-', '号'}) {
      assertKey("91350100M000100" + c + "43", "selection.creditCode.character");
    }
    assertKey(CreditCodes.of("B1", "350100", "M000100Y"), "selection.creditCode.authority");
    assertKey(CreditCodes.of("01", "350100", "M000100Y"), "selection.creditCode.authority");
    assertKey(CreditCodes.of("94", "350100", "M000100Y"), "selection.creditCode.type");
    assertKey(CreditCodes.of("Y2", "350100", "M000100Y"), "selection.creditCode.type");
    assertKey(CreditCodes.of("91", "990100", "M000100Y"), "selection.creditCode.region");
    assertKey(CreditCodes.of("91", "35A100", "M000100Y"), "selection.creditCode.region");
    assertKey("91350100M000100Y53", "selection.creditCode.organisationCode");
    assertKey("91350100M000100Y44", "selection.creditCode.checksum");
  }

  @Test
  void theMessageSaysWhatTheCheckCharacterShouldBe() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y44"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.arguments()).containsExactly("91350100M000100Y44", '3', '4'));
  }

  @Test
  void everySingleCharacterSubstitutionOfAValidCodeIsRefused() {
    String valid = "91350100M000100Y43";
    for (int position = 0; position < valid.length(); position++) {
      for (char c : ALPHABET.toCharArray()) {
        if (c != valid.charAt(position)) {
          String changed = valid.substring(0, position) + c + valid.substring(position + 1);
          assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
        }
      }
    }
  }

  @Property(tries = 300)
  void aSubstitutedCharacterIsAlwaysCaught(
      @ForAll("validCodes") String valid,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll @IntRange(min = 1, max = 30) int shift) {
    char original = valid.charAt(position);
    char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + shift) % ALPHABET.length());
    String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
    assertThat(UnifiedSocialCreditCode.isValid(valid)).isTrue();
    assertThat(UnifiedSocialCreditCode.isValid(changed)).isFalse();
  }

  @Property(tries = 300)
  void swappingTwoDifferentNeighboursAmongTheFirst17IsCaught(
      @ForAll("validCodes") String valid, @ForAll @IntRange(min = 0, max = 15) int position) {
    char a = valid.charAt(position);
    char b = valid.charAt(position + 1);
    if (a == b) {
      return;
    }
    String swapped = valid.substring(0, position) + b + a + valid.substring(position + 2);
    assertThat(UnifiedSocialCreditCode.isValid(swapped)).as(swapped).isFalse();
  }

  @Provide
  Arbitrary<String> validCodes() {
    Arbitrary<String> prefix = Arbitraries.of("91", "92", "93", "11", "12", "51", "52", "N2");
    Arbitrary<String> region = Arbitraries.of("110108", "350100", "370683", "650000", "150700");
    Arbitrary<String> body =
        Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(8);
    return Combinators.combine(prefix, region, body).as(CreditCodes::of);
  }

  private static void assertKey(String text, String key) {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
        .as(String.valueOf(text))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }
}
