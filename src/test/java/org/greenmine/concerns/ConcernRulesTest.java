package org.greenmine.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.greenmine.concerns.control.FollowToken;
import org.greenmine.concerns.control.ResponseTargets;
import org.greenmine.concerns.control.ResponseTargets.Deadlines;
import org.greenmine.concerns.entity.ConcernCategory;
import org.greenmine.concerns.entity.ConcernState;
import org.junit.jupiter.api.Test;

class ConcernRulesTest {
  // 2026-11-27 is a Friday
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

  @Test
  void workingDaysSkipWeekends() {
    assertEquals(LocalDate.of(2026, 11, 30), ResponseTargets.workingDaysAfter(FRIDAY, 1));
    assertEquals(LocalDate.of(2026, 12, 1), ResponseTargets.workingDaysAfter(FRIDAY, 2));
    assertEquals(LocalDate.of(2026, 12, 4), ResponseTargets.workingDaysAfter(FRIDAY, 5));
    assertEquals(LocalDate.of(2026, 12, 11), ResponseTargets.workingDaysAfter(FRIDAY, 10));
    LocalDate saturday = FRIDAY.plusDays(1);
    assertEquals(LocalDate.of(2026, 11, 30), ResponseTargets.workingDaysAfter(saturday, 1));
    assertEquals(FRIDAY, ResponseTargets.workingDaysAfter(FRIDAY, 0));
  }

  @Test
  void eachCategoryHasItsOwnTargets() {
    Deadlines safety = ResponseTargets.of(ConcernCategory.SAFETY, FRIDAY);
    assertEquals(LocalDate.of(2026, 11, 30), safety.acknowledgeBy());
    assertEquals(LocalDate.of(2026, 12, 8), safety.answerBy());
    Deadlines environment = ResponseTargets.of(ConcernCategory.ENVIRONMENT, FRIDAY);
    assertEquals(LocalDate.of(2026, 12, 1), environment.acknowledgeBy());
    assertEquals(LocalDate.of(2026, 12, 18), environment.answerBy());
  }

  @Test
  void overdueWhenADateHasPassedWithoutTheStep() {
    Deadlines d = ResponseTargets.of(ConcernCategory.ENVIRONMENT, FRIDAY);
    LocalDate dayAfterAck = d.acknowledgeBy().plusDays(1);
    assertFalse(ResponseTargets.overdue(ConcernState.RECEIVED, d, d.acknowledgeBy()));
    assertTrue(ResponseTargets.overdue(ConcernState.RECEIVED, d, dayAfterAck));
    assertFalse(ResponseTargets.overdue(ConcernState.ACKNOWLEDGED, d, dayAfterAck));
    LocalDate dayAfterAnswer = d.answerBy().plusDays(1);
    assertTrue(ResponseTargets.overdue(ConcernState.INVESTIGATING, d, dayAfterAnswer));
    assertFalse(ResponseTargets.overdue(ConcernState.ANSWERED, d, dayAfterAnswer));
    assertFalse(ResponseTargets.overdue(ConcernState.REJECTED, d, dayAfterAnswer));
  }

  @Test
  void theLifecycleAllowsOnlyItsSteps() {
    assertTrue(ConcernState.RECEIVED.canMoveTo(ConcernState.ACKNOWLEDGED));
    assertTrue(ConcernState.RECEIVED.canMoveTo(ConcernState.REJECTED));
    assertFalse(ConcernState.RECEIVED.canMoveTo(ConcernState.ANSWERED), "acknowledge first");
    assertTrue(ConcernState.ACKNOWLEDGED.canMoveTo(ConcernState.INVESTIGATING));
    assertTrue(ConcernState.INVESTIGATING.canMoveTo(ConcernState.ANSWERED));
    assertFalse(ConcernState.ANSWERED.canMoveTo(ConcernState.REJECTED), "an answer stands");
    assertTrue(ConcernState.ANSWERED.canMoveTo(ConcernState.CLOSED));
    for (ConcernState s : ConcernState.values()) {
      assertFalse(ConcernState.CLOSED.canMoveTo(s));
      assertFalse(ConcernState.REJECTED.canMoveTo(s));
    }
  }

  @Test
  void tokensAreRandomAndOnlyTheirHashIsKept() {
    String one = FollowToken.newToken();
    String two = FollowToken.newToken();
    assertNotEquals(one, two);
    assertEquals(43, one.length(), "32 bytes, base64url without padding");
    String stored = FollowToken.hash(one);
    assertEquals(64, stored.length());
    assertFalse(stored.contains(one));
    assertTrue(FollowToken.matches(one, stored));
    assertFalse(FollowToken.matches(two, stored));
    assertFalse(FollowToken.matches(null, stored));
    assertEquals("GM-2026-000042", FollowToken.reference(2026, 42));
  }
}
