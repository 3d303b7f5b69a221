package org.greenmine.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenmine.association.control.AssociationRules;
import org.greenmine.association.control.AssociationRules.ParentFacts;
import org.greenmine.association.entity.AssociationLevel;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.platform.control.InvalidInput;
import org.junit.jupiter.api.Test;

class AssociationRulesTest {
  private static final ParentFacts CMF = new ParentFacts("CMF", AssociationLevel.NATIONAL, null);
  private static final ParentFacts SHANDONG =
      new ParentFacts("SDMA", AssociationLevel.PROVINCIAL, new RegionCode("370000"));

  private static String refusal(Runnable check) {
    try {
      check.run();
    } catch (InvalidInput e) {
      return e.messageKey();
    }
    return "accepted";
  }

  @Test
  void wellFormedAssociationsOfEveryLevelPass() {
    assertThatCode(
            () -> {
              AssociationRules.check("CMF", "T/CMF", AssociationLevel.NATIONAL, null, null);
              AssociationRules.check(
                  "SDMA", "T/SDMA", AssociationLevel.PROVINCIAL, new RegionCode("370000"), CMF);
              AssociationRules.check(
                  "YTMA", "T/YTMA", AssociationLevel.CITY, new RegionCode("370600"), SHANDONG);
              AssociationRules.check(
                  "ZYMA", "T/ZYMA", AssociationLevel.COUNTY, new RegionCode("370685"), SHANDONG);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void malformedCodesAndPrefixesAreRefused() {
    assertThat(
            refusal(
                () ->
                    AssociationRules.check("cmf", "T/CMF", AssociationLevel.NATIONAL, null, null)))
        .isEqualTo("association.code.invalid");
    assertThat(
            refusal(
                () -> AssociationRules.check("CMF", "CMF", AssociationLevel.NATIONAL, null, null)))
        .isEqualTo("association.prefix.invalid");
    assertThat(
            refusal(
                () ->
                    AssociationRules.check("CMF", "T/cm f", AssociationLevel.NATIONAL, null, null)))
        .isEqualTo("association.prefix.invalid");
  }

  @Test
  void regionsMustFitTheLevelAndLieInsideTheParent() {
    assertThat(
            refusal(
                () ->
                    AssociationRules.check(
                        "SDMA",
                        "T/SDMA",
                        AssociationLevel.PROVINCIAL,
                        new RegionCode("370600"),
                        CMF)))
        .isEqualTo("association.region.wrongLevel");
    assertThat(
            refusal(
                () ->
                    AssociationRules.check(
                        "HLBR",
                        "T/HLBR",
                        AssociationLevel.CITY,
                        new RegionCode("150700"),
                        SHANDONG)))
        .isEqualTo("association.parent.otherRegion");
    assertThat(
            refusal(
                () ->
                    AssociationRules.check(
                        "CMF2",
                        "T/CMF2",
                        AssociationLevel.NATIONAL,
                        new RegionCode("110000"),
                        null)))
        .isEqualTo("association.national.noRegion");
    assertThat(
            refusal(
                () ->
                    AssociationRules.check(
                        "SDMA", "T/SDMA", AssociationLevel.PROVINCIAL, null, CMF)))
        .isEqualTo("association.region.missing");
  }

  @Test
  void theParentMustBeHigherAndPresentBelowNational() {
    assertThat(
            refusal(
                () ->
                    AssociationRules.check(
                        "SDMB",
                        "T/SDMB",
                        AssociationLevel.PROVINCIAL,
                        new RegionCode("370000"),
                        SHANDONG)))
        .isEqualTo("association.parent.notAbove");
    assertThat(
            refusal(
                () ->
                    AssociationRules.check(
                        "SDMA",
                        "T/SDMA",
                        AssociationLevel.PROVINCIAL,
                        new RegionCode("370000"),
                        null)))
        .isEqualTo("association.parent.missing");
    assertThatThrownBy(
            () -> AssociationRules.check("GRM", "T/GRM", AssociationLevel.NATIONAL, null, CMF))
        .isInstanceOf(InvalidInput.class);
  }
}
