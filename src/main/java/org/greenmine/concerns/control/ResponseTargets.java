package org.greenmine.concerns.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.greenmine.concerns.entity.ConcernCategory;
import org.greenmine.concerns.entity.ConcernState;

/**
 * The dates by which an association must acknowledge and answer a concern, counted in working days
 * (Monday to Friday) from the day it was received, and whether a concern has missed one.
 */
public final class ResponseTargets {
  private ResponseTargets() {}

  public record Deadlines(LocalDate acknowledgeBy, LocalDate answerBy) {}

  public static Deadlines of(ConcernCategory category, LocalDate received) {
    return new Deadlines(
        workingDaysAfter(received, category.acknowledgeWithin()),
        workingDaysAfter(received, category.answerWithin()));
  }

  /**
   * The date {@code days} working days after {@code start} (a weekend start counts from Monday).
   */
  public static LocalDate workingDaysAfter(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate date = start;
    int left = days;
    while (left > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  static boolean isWorkingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * Overdue: not acknowledged after its acknowledgement date, or not answered after its answer
   * date.
   */
  public static boolean overdue(ConcernState state, Deadlines deadlines, LocalDate today) {
    if (state.settled()) {
      return false;
    }
    return !state.acknowledged() && today.isAfter(deadlines.acknowledgeBy())
        || today.isAfter(deadlines.answerBy());
  }
}
