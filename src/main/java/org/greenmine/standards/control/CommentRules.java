package org.greenmine.standards.control;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.standards.entity.StandardComment;
import org.greenmine.standards.entity.StandardStage;

/**
 * The rules of public comment: comments only while the period is open, frozen once it has closed; a
 * disposition only after it has closed, and a reason whenever a comment is not fully accepted.
 */
public final class CommentRules {
  private static final Pattern CLAUSE = Pattern.compile("(\\d+(\\.\\d+)*|[A-Z](\\.\\d+)*|[a-z]+)");

  private CommentRules() {}

  public static void checkComment(
      StandardStage stage,
      LocalDate opens,
      LocalDate closes,
      LocalDate today,
      String clause,
      String text) {
    if (!StandardLifecycle.openForComment(stage, opens, closes, today)) {
      throw new InvalidInput("comment.closed");
    }
    if (clause == null || !CLAUSE.matcher(clause.strip()).matches()) {
      throw new InvalidInput("comment.clause.invalid", clause);
    }
    if (text == null || text.isBlank()) {
      throw new InvalidInput("comment.text.missing");
    }
    if (text.length() > 4000) {
      throw new InvalidInput("comment.text.tooLong", 4000);
    }
  }

  /** True when the period is over, so comments are frozen and may be resolved. */
  public static boolean closed(StandardStage stage, LocalDate closes, LocalDate today) {
    boolean pastPeriod = closes != null && today.isAfter(closes);
    return pastPeriod || (stage != StandardStage.PUBLIC_COMMENT && closes != null);
  }

  public static void checkDisposition(
      boolean periodClosed, StandardComment.Disposition disposition, String reason) {
    if (!periodClosed) {
      throw new InvalidInput("comment.resolve.tooEarly");
    }
    if (disposition == null) {
      throw new InvalidInput("comment.disposition.missing");
    }
    boolean needsReason = disposition != StandardComment.Disposition.ACCEPTED;
    if (needsReason && (reason == null || reason.isBlank())) {
      throw new InvalidInput("comment.reason.missing");
    }
  }
}
