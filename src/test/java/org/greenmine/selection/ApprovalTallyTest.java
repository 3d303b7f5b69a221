package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenmine.selection.control.ApprovalTally.Shortfall.BELOW_THRESHOLD;
import static org.greenmine.selection.control.ApprovalTally.Shortfall.NOTHING_CAST;
import static org.greenmine.selection.control.ApprovalTally.Shortfall.NO_QUORUM;
import static org.greenmine.selection.control.ApprovalTally.Vote.ABSTAIN;
import static org.greenmine.selection.control.ApprovalTally.Vote.NO;
import static org.greenmine.selection.control.ApprovalTally.Vote.YES;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.ApprovalTally;
import org.greenmine.selection.control.ApprovalTally.Result;
import org.greenmine.selection.control.ApprovalTally.Vote;
import org.greenmine.selection.control.Fraction;
import org.junit.jupiter.api.Test;

class ApprovalTallyTest {
  private static final ApprovalTally TWO_THIRDS =
      new ApprovalTally(Fraction.of(2, 3), Fraction.of(2, 3));

  private static Set<String> panel(int size) {
    Set<String> experts = new TreeSet<>();
    for (int i = 1; i <= size; i++) {
      experts.add("e" + i);
    }
    return experts;
  }

  private static Map<String, Vote> votes(int yes, int no, int abstain) {
    Map<String, Vote> votes = new LinkedHashMap<>();
    int i = 1;
    for (int n = 0; n < yes; n++) {
      votes.put("e" + i++, YES);
    }
    for (int n = 0; n < no; n++) {
      votes.put("e" + i++, NO);
    }
    for (int n = 0; n < abstain; n++) {
      votes.put("e" + i++, ABSTAIN);
    }
    return votes;
  }

  @Test
  void abstentionsMakeTheQuorumButAreNotCast() {
    // 9 assigned, 7 voted (≥ 6), 5 cast, 4 yes ≥ ⌈2/3 × 5⌉ = 4
    Result result = TWO_THIRDS.tally(panel(9), votes(4, 1, 2));
    assertThat(result.passed()).isTrue();
    assertThat(result.voted()).isEqualTo(7);
    assertThat(result.cast()).isEqualTo(5);
    assertThat(result.votersNeeded()).isEqualTo(6);
    assertThat(result.yesNeeded()).isEqualTo(4);
    assertThat(result.shortfalls()).isEmpty();
  }

  @Test
  void tooFewYesAmongTheVotesCast() {
    Result result = TWO_THIRDS.tally(panel(9), votes(3, 2, 2));
    assertThat(result.passed()).isFalse();
    assertThat(result.shortfalls()).containsExactly(BELOW_THRESHOLD);
    assertThat(result.yesNeeded()).isEqualTo(4);
  }

  @Test
  void theThresholdIsReachedExactlyAtTwoThirds() {
    assertThat(TWO_THIRDS.tally(panel(6), votes(4, 2, 0)).passed()).isTrue();
    assertThat(TWO_THIRDS.tally(panel(6), votes(3, 3, 0)).shortfalls())
        .containsExactly(BELOW_THRESHOLD);
    ApprovalTally half = new ApprovalTally(Fraction.of(1, 2), Fraction.NONE);
    assertThat(half.tally(panel(4), votes(2, 2, 0)).passed()).isTrue();
    assertThat(half.tally(panel(4), votes(1, 2, 0)).passed()).isFalse();
  }

  @Test
  void unanimousYesWithoutQuorumFails() {
    Result result = TWO_THIRDS.tally(panel(9), votes(5, 0, 0));
    assertThat(result.shortfalls()).containsExactly(NO_QUORUM);
    assertThat(result.votersNeeded()).isEqualTo(6);
  }

  @Test
  void nothingCastWhenEveryoneAbstains() {
    Result result = TWO_THIRDS.tally(panel(6), votes(0, 0, 6));
    assertThat(result.passed()).isFalse();
    assertThat(result.shortfalls()).containsExactly(NOTHING_CAST);
    assertThat(TWO_THIRDS.tally(panel(6), votes(0, 0, 0)).shortfalls())
        .containsExactly(NO_QUORUM, NOTHING_CAST);
  }

  @Test
  void bothShortfallsAreReported() {
    assertThat(TWO_THIRDS.tally(panel(9), votes(1, 3, 0)).shortfalls())
        .containsExactly(NO_QUORUM, BELOW_THRESHOLD);
  }

  @Test
  void onlyAssignedExpertsMayVote() {
    Map<String, Vote> votes = votes(1, 0, 0);
    votes.put("outsider", YES);
    assertThatThrownBy(() -> TWO_THIRDS.tally(panel(3), votes))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.messageKey()).isEqualTo("selection.approval.notAssigned"));
  }

  @Test
  void fractionsAreExact() {
    assertThat(Fraction.parse("2/3")).isEqualTo(Fraction.of(2, 3));
    assertThat(Fraction.parse(" 1 / 2 ")).isEqualTo(Fraction.of(1, 2));
    assertThat(Fraction.parse("1")).isEqualTo(Fraction.ALL);
    assertThat(Fraction.of(2, 3).ceilOf(9)).isEqualTo(6);
    assertThat(Fraction.of(2, 3).ceilOf(10)).isEqualTo(7);
    assertThat(Fraction.of(1, 2).floorOf(5)).isEqualTo(2);
    for (String bad : new String[] {"3/2", "-1/3", "1/0", "two thirds", ""}) {
      assertThatThrownBy(() -> Fraction.parse(bad)).as(bad).isInstanceOf(InvalidInput.class);
    }
    assertThatThrownBy(() -> new ApprovalTally(Fraction.NONE, Fraction.ALL))
        .isInstanceOf(InvalidInput.class);
  }
}
