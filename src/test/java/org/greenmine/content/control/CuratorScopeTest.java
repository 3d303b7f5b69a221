package org.greenmine.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuratorScopeTest {
  @Test
  void administratorsCurateEverythingCuratorsTheirOwnAssociationOnly() {
    assertThat(CuratorScope.mayCurate(true, false, null, "CMF")).isTrue();
    assertThat(CuratorScope.mayCurate(false, true, "CMF", "CMF")).isTrue();
    assertThat(CuratorScope.mayCurate(false, true, "SDMA", "CMF")).isFalse();
    assertThat(CuratorScope.mayCurate(false, true, null, "CMF")).isFalse();
    assertThat(CuratorScope.mayCurate(false, false, "CMF", "CMF")).as("a member of CMF").isFalse();
  }

  @Test
  void bilingualTextSplitsAtTheEnglishHeading() {
    BilingualText text = BilingualText.split("尾矿干排\n\n工艺\nEnglish\nTailings dry stacking");
    assertThat(text.chinese()).isEqualTo("尾矿干排\n\n工艺");
    assertThat(text.english()).isEqualTo("Tailings dry stacking");
    assertThat(BilingualText.split("Only English text here").english())
        .isEqualTo("Only English text here");
    assertThat(BilingualText.split("只有中文").chinese()).isEqualTo("只有中文");
  }
}
