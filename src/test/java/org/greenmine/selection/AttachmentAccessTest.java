package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenmine.selection.entity.RoundState.CLOSED;
import static org.greenmine.selection.entity.RoundState.DRAFT;
import static org.greenmine.selection.entity.RoundState.OPEN;
import static org.greenmine.selection.entity.RoundState.RELEASED;

import java.util.Set;
import org.greenmine.selection.control.AttachmentAccess;
import org.greenmine.selection.control.AttachmentAccess.Reader;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.RoundState;
import org.junit.jupiter.api.Test;

class AttachmentAccessTest {
  private static Reader expert(boolean conflicted, RoundState... assignedIn) {
    return new Reader(false, false, false, Set.of(assignedIn), conflicted);
  }

  @Test
  void theApplicantCuratorsAndAdministratorsRead() {
    assertThat(AttachmentAccess.mayRead(new Reader(true, false, false, Set.of(), false))).isTrue();
    assertThat(AttachmentAccess.mayRead(new Reader(false, false, true, Set.of(), false))).isTrue();
    assertThat(AttachmentAccess.mayRead(new Reader(false, true, false, Set.of(), false))).isTrue();
  }

  @Test
  void anExpertReadsOnlyWhileJudgingTheApplication() {
    assertThat(AttachmentAccess.mayRead(expert(false, OPEN))).isTrue();
    assertThat(AttachmentAccess.mayRead(expert(false, CLOSED))).isTrue();
    assertThat(AttachmentAccess.mayRead(expert(false, DRAFT))).isFalse();
    assertThat(AttachmentAccess.mayRead(expert(false, RELEASED))).isFalse();
    assertThat(AttachmentAccess.mayRead(expert(false))).isFalse();
  }

  @Test
  void aConflictedExpertNeverReadsEvenWhenAssigned() {
    assertThat(AttachmentAccess.mayRead(expert(true, OPEN))).isFalse();
    assertThat(AttachmentAccess.mayRead(expert(true, OPEN, CLOSED))).isFalse();
  }

  @Test
  void anyoneElseReadsNothing() {
    assertThat(AttachmentAccess.mayRead(new Reader(false, false, false, Set.of(), false)))
        .isFalse();
  }

  @Test
  void filesAreAddedOnlyWhileTheApplicationCanChange() {
    assertThat(AttachmentAccess.mayAttach(true, ApplicationState.SUBMITTED, false)).isTrue();
    assertThat(AttachmentAccess.mayAttach(true, ApplicationState.ELIGIBLE, false)).isTrue();
    assertThat(AttachmentAccess.mayAttach(false, ApplicationState.SUBMITTED, false)).isFalse();
    assertThat(AttachmentAccess.mayAttach(true, ApplicationState.ELIGIBLE, true)).isFalse();
    assertThat(AttachmentAccess.mayAttach(true, ApplicationState.INELIGIBLE, false)).isFalse();
    assertThat(AttachmentAccess.mayAttach(true, ApplicationState.REMOVED, false)).isFalse();
    assertThat(AttachmentAccess.mayAttach(true, ApplicationState.AWARDED, false)).isFalse();
  }
}
