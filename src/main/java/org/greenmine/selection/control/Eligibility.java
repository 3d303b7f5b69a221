package org.greenmine.selection.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The prerequisites an application must meet before anyone scores it: valid licences, no
 * administrative penalty and no major accident in the last three years, not on the
 * abnormal-operation list, at least three years of reserves left, no overlap with a protected area.
 *
 * <p>"The last three years" is the closed interval from the same day three years before the
 * reference date up to it: a penalty exactly three years old still counts. A licence is valid on
 * the reference date if it expires that day or later. A mining licence is always required; any
 * other licence declared (safety production, pollutant discharge) must be valid too.
 */
public final class Eligibility {
  public static final int LOOKBACK_YEARS = 3;
  public static final BigDecimal MINIMUM_RESERVE_YEARS = BigDecimal.valueOf(3);

  public enum Prerequisite {
    VALID_LICENCES,
    NO_ADMINISTRATIVE_PENALTY,
    NO_MAJOR_ACCIDENT,
    NOT_ON_ABNORMAL_LIST,
    RESERVES_FOR_THREE_YEARS,
    NO_PROTECTED_AREA_OVERLAP
  }

  public enum LicenceKind {
    /** 采矿许可证 */
    MINING,
    /** 安全生产许可证 */
    SAFETY_PRODUCTION,
    /** 排污许可证 */
    POLLUTANT_DISCHARGE
  }

  public record Licence(LicenceKind kind, String number, LocalDate validUntil) {
    public Licence {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(validUntil, "validUntil");
    }
  }

  /**
   * What the applicant declares and the curator checks. The dates of the latest administrative
   * penalty and major accident are null when there was none; remaining reserve years are null when
   * not declared (which fails the check).
   */
  public record Prerequisites(
      List<Licence> licences,
      LocalDate latestAdministrativePenalty,
      LocalDate latestMajorAccident,
      boolean onAbnormalOperationList,
      BigDecimal remainingReserveYears,
      boolean overlapsProtectedArea) {
    public Prerequisites {
      licences = List.copyOf(licences);
    }
  }

  /** A prerequisite not met, with the data that shows it (licence numbers, a date, years). */
  public record Unmet(Prerequisite prerequisite, String detail) {}

  private Eligibility() {}

  /** The prerequisites not met on {@code asOf}; empty when the application is eligible. */
  public static List<Unmet> check(Prerequisites p, LocalDate asOf) {
    List<Unmet> unmet = new ArrayList<>();
    List<String> licenceProblems = new ArrayList<>();
    if (p.licences().stream().noneMatch(l -> l.kind() == LicenceKind.MINING)) {
      licenceProblems.add(LicenceKind.MINING + " missing");
    }
    for (Licence licence : p.licences()) {
      if (licence.validUntil().isBefore(asOf)) {
        licenceProblems.add(
            licence.kind() + " " + licence.number() + " expired " + licence.validUntil());
      }
    }
    if (!licenceProblems.isEmpty()) {
      unmet.add(new Unmet(Prerequisite.VALID_LICENCES, String.join("; ", licenceProblems)));
    }
    LocalDate since = asOf.minusYears(LOOKBACK_YEARS);
    if (within(p.latestAdministrativePenalty(), since)) {
      unmet.add(
          new Unmet(
              Prerequisite.NO_ADMINISTRATIVE_PENALTY, p.latestAdministrativePenalty().toString()));
    }
    if (within(p.latestMajorAccident(), since)) {
      unmet.add(new Unmet(Prerequisite.NO_MAJOR_ACCIDENT, p.latestMajorAccident().toString()));
    }
    if (p.onAbnormalOperationList()) {
      unmet.add(new Unmet(Prerequisite.NOT_ON_ABNORMAL_LIST, ""));
    }
    BigDecimal reserves = p.remainingReserveYears();
    if (reserves == null || reserves.compareTo(MINIMUM_RESERVE_YEARS) < 0) {
      unmet.add(
          new Unmet(
              Prerequisite.RESERVES_FOR_THREE_YEARS,
              reserves == null ? "not declared" : reserves.toPlainString()));
    }
    if (p.overlapsProtectedArea()) {
      unmet.add(new Unmet(Prerequisite.NO_PROTECTED_AREA_OVERLAP, ""));
    }
    return List.copyOf(unmet);
  }

  private static boolean within(LocalDate event, LocalDate since) {
    return event != null && !event.isBefore(since);
  }
}
