package org.greenmine.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenmine.association.entity.RegionCode;
import org.greenmine.association.entity.RegionLevel;
import org.greenmine.platform.control.InvalidInput;
import org.junit.jupiter.api.Test;

class RegionCodeTest {
  @Test
  void theLevelFollowsFromTheTrailingZeros() {
    assertThat(new RegionCode("370000").level()).isEqualTo(RegionLevel.PROVINCE);
    assertThat(new RegionCode("370600").level()).isEqualTo(RegionLevel.CITY);
    assertThat(new RegionCode("370685").level()).isEqualTo(RegionLevel.COUNTY);
  }

  @Test
  void parentsAndContainment() {
    RegionCode zhaoyuan = new RegionCode("370685");
    assertThat(zhaoyuan.parent()).isEqualTo(new RegionCode("370600"));
    assertThat(zhaoyuan.parent().parent()).isEqualTo(new RegionCode("370000"));
    assertThat(new RegionCode("370000").parent()).isNull();
    assertThat(new RegionCode("370000").contains(zhaoyuan)).isTrue();
    assertThat(new RegionCode("370600").contains(zhaoyuan)).isTrue();
    assertThat(new RegionCode("370700").contains(zhaoyuan)).isFalse();
    assertThat(new RegionCode("150000").contains(zhaoyuan)).isFalse();
  }

  @Test
  void anythingButSixDigitsIsRefused() {
    for (String bad : new String[] {"37000", "3700000", "37000a", "000000", "", " 370000"}) {
      assertThatThrownBy(() -> new RegionCode(bad)).isInstanceOf(InvalidInput.class);
    }
    assertThatThrownBy(() -> new RegionCode(null)).isInstanceOf(InvalidInput.class);
  }
}
