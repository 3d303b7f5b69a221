package org.greenmine.feeds.control;

import java.time.LocalDate;
import org.greenmine.standards.control.StandardLifecycle;
import org.greenmine.standards.entity.StandardStage;

/**
 * Which public comment periods the comment-period feed shows: those open now, and those that closed
 * in the last {@value #RECENT_DAYS} days on standards that went through public comment. A period
 * set in advance appears on the day it opens.
 */
public final class CommentPeriodWindow {
  public static final int RECENT_DAYS = 90;

  private CommentPeriodWindow() {}

  public static boolean shows(
      StandardStage stage, LocalDate opens, LocalDate closes, LocalDate today) {
    if (StandardLifecycle.openForComment(stage, opens, closes, today)) {
      return true;
    }
    return opens != null
        && closes != null
        && stage != null
        && stage.ordinal() >= StandardStage.PUBLIC_COMMENT.ordinal()
        && today.isAfter(closes)
        && !today.isAfter(closes.plusDays(RECENT_DAYS));
  }

  /** The earliest closing date a period may have to be shown today. */
  public static LocalDate oldestClosing(LocalDate today) {
    return today.minusDays(RECENT_DAYS);
  }
}
