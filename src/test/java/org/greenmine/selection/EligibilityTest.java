package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenmine.selection.control.Eligibility.Prerequisite.NOT_ON_ABNORMAL_LIST;
import static org.greenmine.selection.control.Eligibility.Prerequisite.NO_ADMINISTRATIVE_PENALTY;
import static org.greenmine.selection.control.Eligibility.Prerequisite.NO_MAJOR_ACCIDENT;
import static org.greenmine.selection.control.Eligibility.Prerequisite.NO_PROTECTED_AREA_OVERLAP;
import static org.greenmine.selection.control.Eligibility.Prerequisite.RESERVES_FOR_THREE_YEARS;
import static org.greenmine.selection.control.Eligibility.Prerequisite.VALID_LICENCES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenmine.selection.control.Eligibility;
import org.greenmine.selection.control.Eligibility.Licence;
import org.greenmine.selection.control.Eligibility.LicenceKind;
import org.greenmine.selection.control.Eligibility.Prerequisites;
import org.greenmine.selection.control.Eligibility.Unmet;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Licence MINING =
      new Licence(LicenceKind.MINING, "C3500002010071120071234", LocalDate.of(2031, 12, 31));
  private static final Licence SAFETY =
      new Licence(LicenceKind.SAFETY_PRODUCTION, "(闽)FM安许证字〔2022〕A001", LocalDate.of(2025, 6, 30));

  private static Prerequisites good() {
    return new Prerequisites(
        List.of(MINING, SAFETY), null, null, false, new BigDecimal("12.5"), false);
  }

  @Test
  void aCleanApplicationMeetsEveryPrerequisite() {
    assertThat(Eligibility.check(good(), AS_OF)).isEmpty();
  }

  @Test
  void everyFailingPrerequisiteIsListed() {
    Prerequisites bad =
        new Prerequisites(
            List.of(SAFETY),
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2023, 1, 15),
            true,
            new BigDecimal("2.9"),
            true);
    List<Unmet> unmet = Eligibility.check(bad, AS_OF);
    assertThat(unmet)
        .extracting(Unmet::prerequisite)
        .containsExactly(
            VALID_LICENCES,
            NO_ADMINISTRATIVE_PENALTY,
            NO_MAJOR_ACCIDENT,
            NOT_ON_ABNORMAL_LIST,
            RESERVES_FOR_THREE_YEARS,
            NO_PROTECTED_AREA_OVERLAP);
    assertThat(unmet.get(0).detail()).isEqualTo("MINING missing");
    assertThat(unmet.get(1).detail()).isEqualTo("2024-03-01");
    assertThat(unmet.get(4).detail()).isEqualTo("2.9");
  }

  @Test
  void aLicenceIsValidUpToAndIncludingItsLastDay() {
    assertThat(Eligibility.check(good(), AS_OF)).isEmpty();
    List<Unmet> dayAfter = Eligibility.check(good(), AS_OF.plusDays(1));
    assertThat(dayAfter).extracting(Unmet::prerequisite).containsExactly(VALID_LICENCES);
    assertThat(dayAfter.get(0).detail()).contains("SAFETY_PRODUCTION", "expired 2025-06-30");
  }

  @Test
  void thePenaltyWindowIsTheLastThreeYearsIncludingTheFirstDay() {
    Prerequisites exactlyThreeYears = withPenalty(LocalDate.of(2022, 6, 30));
    Prerequisites aDayOlder = withPenalty(LocalDate.of(2022, 6, 29));
    assertThat(Eligibility.check(exactlyThreeYears, AS_OF))
        .extracting(Unmet::prerequisite)
        .containsExactly(NO_ADMINISTRATIVE_PENALTY);
    assertThat(Eligibility.check(aDayOlder, AS_OF)).isEmpty();
  }

  @Test
  void reservesMustBeDeclaredAndAtLeastThreeYears() {
    assertThat(Eligibility.check(withReserves(new BigDecimal("3.0")), AS_OF)).isEmpty();
    assertThat(Eligibility.check(withReserves(new BigDecimal("2.99")), AS_OF))
        .extracting(Unmet::prerequisite)
        .containsExactly(RESERVES_FOR_THREE_YEARS);
    assertThat(Eligibility.check(withReserves(null), AS_OF))
        .singleElement()
        .satisfies(u -> assertThat(u.detail()).isEqualTo("not declared"));
  }

  private static Prerequisites withPenalty(LocalDate penalty) {
    Prerequisites p = good();
    return new Prerequisites(p.licences(), penalty, null, false, p.remainingReserveYears(), false);
  }

  private static Prerequisites withReserves(BigDecimal years) {
    Prerequisites p = good();
    return new Prerequisites(p.licences(), null, null, false, years, false);
  }
}
