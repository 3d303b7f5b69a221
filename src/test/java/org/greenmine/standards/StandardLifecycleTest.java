package org.greenmine.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenmine.standards.entity.StandardStage.*;

import java.time.LocalDate;
import java.util.List;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.standards.control.StandardLifecycle;
import org.greenmine.standards.entity.StandardStage;
import org.junit.jupiter.api.Test;

class StandardLifecycleTest {
  @Test
  void theNormalPathIsAllowedStepByStep() {
    List<StandardStage> path =
        List.of(
            PROPOSAL,
            PROJECT_APPROVED,
            DRAFTING,
            PUBLIC_COMMENT,
            TECHNICAL_REVIEW,
            APPROVED,
            PUBLISHED,
            PERIODIC_REVIEW,
            PUBLISHED,
            SUPERSEDED);
    for (int i = 1; i < path.size(); i++) {
      StandardStage from = path.get(i - 1);
      StandardStage to = path.get(i);
      assertThatCode(() -> StandardLifecycle.checkMove(from, to))
          .as(from + "→" + to)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void skippingTheCommentPeriodIsRefusedWithTheMovesThatAreAllowed() {
    assertThatThrownBy(() -> StandardLifecycle.checkMove(DRAFTING, APPROVED))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("standard.stage.forbidden");
              assertThat(e.arguments()[2].toString()).contains("PUBLIC_COMMENT");
            });
    assertThatThrownBy(() -> StandardLifecycle.checkMove(PROPOSAL, PUBLISHED))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void withdrawnAndSupersededAreFinal() {
    for (StandardStage end : List.of(WITHDRAWN, SUPERSEDED)) {
      assertThat(StandardLifecycle.next(end)).isEmpty();
      assertThatThrownBy(() -> StandardLifecycle.checkMove(end, PUBLISHED))
          .extracting(e -> ((InvalidInput) e).messageKey())
          .isEqualTo("standard.stage.final");
    }
  }

  @Test
  void periodicReviewConfirmsRevisesOrWithdraws() {
    assertThat(StandardLifecycle.next(PERIODIC_REVIEW))
        .containsExactlyInAnyOrder(PUBLISHED, SUPERSEDED, WITHDRAWN);
  }

  @Test
  void aCommentPeriodLastsThirtyDaysUnlessAReasonIsRecorded() {
    LocalDate opens = LocalDate.of(2026, 11, 2);
    assertThatCode(() -> StandardLifecycle.checkCommentPeriod(opens, opens.plusDays(30), null))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> StandardLifecycle.checkCommentPeriod(opens, opens.plusDays(29), " "))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("standard.comment.tooShort");
    assertThatCode(
            () ->
                StandardLifecycle.checkCommentPeriod(
                    opens, opens.plusDays(15), "urgent safety revision"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> StandardLifecycle.checkCommentPeriod(opens, opens, "x"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("standard.comment.dates");
  }

  @Test
  void commentsAreTakenOnlyDuringTheOpenPeriod() {
    LocalDate opens = LocalDate.of(2026, 11, 2);
    LocalDate closes = LocalDate.of(2026, 12, 4);
    assertThat(
            StandardLifecycle.openForComment(
                PUBLIC_COMMENT, opens, closes, LocalDate.of(2026, 11, 28)))
        .isTrue();
    assertThat(StandardLifecycle.openForComment(PUBLIC_COMMENT, opens, closes, closes)).isTrue();
    assertThat(StandardLifecycle.openForComment(PUBLIC_COMMENT, opens, closes, closes.plusDays(1)))
        .isFalse();
    assertThat(
            StandardLifecycle.openForComment(DRAFTING, opens, closes, LocalDate.of(2026, 11, 28)))
        .isFalse();
  }
}
