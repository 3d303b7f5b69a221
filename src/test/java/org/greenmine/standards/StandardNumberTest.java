package org.greenmine.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenmine.platform.control.InvalidInput;
import org.greenmine.standards.entity.StandardNumber;
import org.junit.jupiter.api.Test;

class StandardNumberTest {
  @Test
  void aNumberHasPrefixSequenceAndYear() {
    StandardNumber number = StandardNumber.parse(" T/CMF 012-2025 ");
    assertThat(number.prefix()).isEqualTo("T/CMF");
    assertThat(number.sequence()).isEqualTo("012");
    assertThat(number.year()).isEqualTo(2025);
    assertThat(number).hasToString("T/CMF 012-2025");
    assertThat(number.slug()).isEqualTo("T-CMF-012-2025");
    assertThat(StandardNumber.parse("T/GRM 004—2020")).hasToString("T/GRM 004-2020");
  }

  @Test
  void malformedNumbersAreRefused() {
    for (String bad :
        new String[] {
          "CMF 012-2025",
          "T/CMF012-2025",
          "T/cmf 012-2025",
          "T/CMF 012",
          "T/CMF 12345-2025",
          "DZ/T 0316-2018",
          ""
        }) {
      assertThatThrownBy(() -> StandardNumber.parse(bad)).as(bad).isInstanceOf(InvalidInput.class);
    }
    assertThatThrownBy(() -> StandardNumber.parse("T/CMF 012-1850"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("standard.number.year");
  }

  @Test
  void onlyTheIssuingAssociationsPrefixIsAccepted() {
    assertThat(StandardNumber.parse("T/CMF 012-2025").issuedBy("T/CMF")).isNotNull();
    assertThatThrownBy(() -> StandardNumber.parse("T/CMF 012-2025").issuedBy("T/SDMA"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("standard.number.prefix");
  }
}
