package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.ExpertAliases;
import org.junit.jupiter.api.Test;

class ExpertAliasesTest {
  @Test
  void lettersRunLikeSpreadsheetColumns() {
    assertThat(ExpertAliases.letters(0)).isEqualTo("A");
    assertThat(ExpertAliases.letters(25)).isEqualTo("Z");
    assertThat(ExpertAliases.letters(26)).isEqualTo("AA");
    assertThat(ExpertAliases.letters(27)).isEqualTo("AB");
    assertThat(ExpertAliases.letters(51)).isEqualTo("AZ");
    assertThat(ExpertAliases.letters(52)).isEqualTo("BA");
    assertThat(ExpertAliases.letters(701)).isEqualTo("ZZ");
    assertThat(ExpertAliases.letters(702)).isEqualTo("AAA");
  }

  @Test
  void byIdTheOrderOfTheIdsDecides() {
    ExpertAliases aliases = ExpertAliases.byId(List.of("e30", "e10", "e20"));
    assertThat(aliases.lettersOf("e10")).isEqualTo("A");
    assertThat(aliases.lettersOf("e20")).isEqualTo("B");
    assertThat(aliases.lettersOf("e30")).isEqualTo("C");
    assertThat(aliases.all().values()).containsExactly("A", "B", "C");
    assertThatThrownBy(() -> aliases.lettersOf("e99")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void shuffledTheSeedDecidesAndTheInputOrderDoesNot() {
    List<String> experts = PanelChecks.ids("e", 30);
    List<String> reversed = new ArrayList<>(experts);
    Collections.reverse(reversed);
    ExpertAliases one = ExpertAliases.shuffled(experts, 2025);
    assertThat(ExpertAliases.shuffled(reversed, 2025).all()).isEqualTo(one.all());
    assertThat(one.all().values()).contains("A", "Z", "AA", "AD").doesNotHaveDuplicates();
    assertThat(ExpertAliases.shuffled(experts, 2026).all()).isNotEqualTo(one.all());
  }
}
