package org.greenmine.standards.control;

import static org.greenmine.standards.entity.StandardStage.APPROVED;
import static org.greenmine.standards.entity.StandardStage.DRAFTING;
import static org.greenmine.standards.entity.StandardStage.PERIODIC_REVIEW;
import static org.greenmine.standards.entity.StandardStage.PROJECT_APPROVED;
import static org.greenmine.standards.entity.StandardStage.PROPOSAL;
import static org.greenmine.standards.entity.StandardStage.PUBLIC_COMMENT;
import static org.greenmine.standards.entity.StandardStage.PUBLISHED;
import static org.greenmine.standards.entity.StandardStage.SUPERSEDED;
import static org.greenmine.standards.entity.StandardStage.TECHNICAL_REVIEW;
import static org.greenmine.standards.entity.StandardStage.WITHDRAWN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.standards.entity.StandardStage;

/**
 * The group-standard lifecycle: proposal → project approved → drafting → public comment → technical
 * review → approved → published → periodic review (confirm, revise or withdraw) → withdrawn or
 * superseded. A forbidden move is refused with a reason the curator can read.
 */
public final class StandardLifecycle {
  public static final int MINIMUM_COMMENT_DAYS = 30;

  private static final Map<StandardStage, Set<StandardStage>> ALLOWED =
      new EnumMap<>(StandardStage.class);

  static {
    ALLOWED.put(PROPOSAL, EnumSet.of(PROJECT_APPROVED, WITHDRAWN));
    ALLOWED.put(PROJECT_APPROVED, EnumSet.of(DRAFTING, WITHDRAWN));
    ALLOWED.put(DRAFTING, EnumSet.of(PUBLIC_COMMENT, WITHDRAWN));
    ALLOWED.put(PUBLIC_COMMENT, EnumSet.of(TECHNICAL_REVIEW, DRAFTING));
    ALLOWED.put(TECHNICAL_REVIEW, EnumSet.of(APPROVED, DRAFTING));
    ALLOWED.put(APPROVED, EnumSet.of(PUBLISHED));
    ALLOWED.put(PUBLISHED, EnumSet.of(PERIODIC_REVIEW, SUPERSEDED, WITHDRAWN));
    // periodic review: confirm (back to published), revise (a new edition is drafted), or withdraw
    ALLOWED.put(PERIODIC_REVIEW, EnumSet.of(PUBLISHED, SUPERSEDED, WITHDRAWN));
    ALLOWED.put(WITHDRAWN, EnumSet.noneOf(StandardStage.class));
    ALLOWED.put(SUPERSEDED, EnumSet.noneOf(StandardStage.class));
  }

  private StandardLifecycle() {}

  public static Set<StandardStage> next(StandardStage from) {
    Set<StandardStage> allowed = ALLOWED.get(from);
    return allowed.isEmpty() ? EnumSet.noneOf(StandardStage.class) : EnumSet.copyOf(allowed);
  }

  /** Refuses a move the lifecycle does not allow, saying which moves it does allow. */
  public static void checkMove(StandardStage from, StandardStage to) {
    if (from == to) {
      throw new InvalidInput("standard.stage.same", from);
    }
    if (ALLOWED.get(from).isEmpty()) {
      throw new InvalidInput("standard.stage.final", from);
    }
    if (!ALLOWED.get(from).contains(to)) {
      throw new InvalidInput("standard.stage.forbidden", from, to, ALLOWED.get(from));
    }
  }

  /**
   * A comment period opens on a date and closes at least 30 days later, unless the curator records
   * why it must be shorter.
   */
  public static void checkCommentPeriod(
      LocalDate opens, LocalDate closes, String shortPeriodReason) {
    if (opens == null || closes == null || !closes.isAfter(opens)) {
      throw new InvalidInput("standard.comment.dates");
    }
    long days = ChronoUnit.DAYS.between(opens, closes);
    boolean reasoned = shortPeriodReason != null && !shortPeriodReason.isBlank();
    if (days < MINIMUM_COMMENT_DAYS && !reasoned) {
      throw new InvalidInput("standard.comment.tooShort", days, MINIMUM_COMMENT_DAYS);
    }
  }

  /** Comments are taken only while the standard is in public comment and the period is open. */
  public static boolean openForComment(
      StandardStage stage, LocalDate opens, LocalDate closes, LocalDate today) {
    return stage == PUBLIC_COMMENT
        && opens != null
        && closes != null
        && !today.isBefore(opens)
        && !today.isAfter(closes);
  }
}
