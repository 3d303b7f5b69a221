package org.greenmine.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenmine.cases.entity.Figure;
import org.greenmine.platform.control.InvalidInput;
import org.junit.jupiter.api.Test;

class FigureTest {
  @Test
  void aFigureReadsBeforeAfterAndUnit() {
    Figure energy = Figure.parse("energy_per_tonne=16.2->14.5 kWh/t");
    assertThat(energy.before()).isEqualTo(16.2);
    assertThat(energy.after()).isEqualTo(14.5);
    assertThat(energy.unit()).isEqualTo("kWh/t");
    assertThat(energy.change()).isCloseTo(-1.7, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Figure.parse("reclaimed_area = 0 -> 120 ha"))
        .hasToString("reclaimed_area=0->120 ha");
  }

  @Test
  void unknownNamesAndBrokenFormsAreRefused() {
    assertThatThrownBy(() -> Figure.parse("happiness=1->2 %"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("case.figure.unknown");
    assertThatThrownBy(() -> Figure.parse("mining_recovery=86 %"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("case.figure.invalid");
    assertThatThrownBy(() -> Figure.parse("mining_recovery=8.6.1->9 %"))
        .isInstanceOf(InvalidInput.class);
  }
}
