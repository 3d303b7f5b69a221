package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.greenmine.selection.control.BallotReminders;
import org.junit.jupiter.api.Test;

class BallotRemindersTest {
  private static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);

  @Test
  void remindersGoOutTheDayBeforeTheReviewClosesAndOnTheLastDay() {
    assertThat(BallotReminders.due(CLOSES, CLOSES.minusDays(2))).isFalse();
    assertThat(BallotReminders.due(CLOSES, CLOSES.minusDays(1))).isTrue();
    assertThat(BallotReminders.due(CLOSES, CLOSES)).isTrue();
    assertThat(BallotReminders.due(CLOSES, CLOSES.plusDays(1))).isFalse();
    assertThat(BallotReminders.due(null, CLOSES)).isFalse();
  }
}
