package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.greenmine.selection.control.ApprovalTally;
import org.greenmine.selection.control.ApprovalTally.Vote;
import org.greenmine.selection.control.Fraction;
import org.greenmine.selection.control.ResultExplanation;
import org.junit.jupiter.api.Test;

class ResultExplanationTest {
  private static final ResourceBundle EN =
      ResourceBundle.getBundle("org.greenmine.platform.messages", Locale.ENGLISH);
  private static final ResourceBundle ZH =
      ResourceBundle.getBundle("org.greenmine.platform.messages", Locale.SIMPLIFIED_CHINESE);
  private static final ApprovalTally TWO_THIRDS =
      new ApprovalTally(Fraction.of(2, 3), Fraction.of(2, 3));

  private static ApprovalTally.Result approval(int panel, Vote... votes) {
    Set<String> experts = new TreeSet<>();
    java.util.Map<String, Vote> cast = new java.util.LinkedHashMap<>();
    for (int i = 0; i < panel; i++) {
      experts.add("e" + i);
      if (i < votes.length) {
        cast.put("e" + i, votes[i]);
      }
    }
    return TWO_THIRDS.tally(experts, cast);
  }

  @Test
  void isStoredAsKeysAndArgumentsNotSentences() {
    assertThat(ResultExplanation.provinceQuota(2).stored())
        .isEqualTo("selection.result.provinceQuota|2");
    assertThat(ResultExplanation.tied(new BigDecimal("81.500"), 1).stored())
        .isEqualTo("selection.result.tied|81.5|1");
    assertThat(ResultExplanation.tooFewScores(1, 3).stored())
        .isEqualTo("selection.result.tooFewScores|1|3");
  }

  @Test
  void anApprovalThatFailedNamesEveryShortfall() {
    ApprovalTally.Result result = approval(6, Vote.YES, Vote.NO, Vote.NO);
    String stored = ResultExplanation.approval(result).stored();
    assertThat(stored)
        .isEqualTo(
            "selection.result.votes|1|2|0;selection.result.noQuorum|3|4;"
                + "selection.result.belowThreshold|1|2");
    assertThat(ResultExplanation.render(stored, EN))
        .isEqualTo(
            "Yes 1, no 2, abstain 0; only 3 expert(s) voted, 4 needed for the quorum;"
                + " 1 yes vote(s), 2 needed");
    assertThat(ResultExplanation.render(stored, ZH))
        .isEqualTo("赞成 1，反对 2，弃权 0；仅 3 位专家投票，达到法定人数需要 4 位；赞成 1 票，需要 2 票");
  }

  @Test
  void anApprovalThatPassedGivesOnlyTheCount() {
    ApprovalTally.Result result = approval(3, Vote.YES, Vote.YES, Vote.ABSTAIN);
    assertThat(ResultExplanation.approval(result).stored())
        .isEqualTo("selection.result.votes|2|0|1");
    ApprovalTally.Result abstained = approval(2, Vote.ABSTAIN, Vote.ABSTAIN);
    assertThat(ResultExplanation.render(ResultExplanation.approval(abstained).stored(), EN))
        .isEqualTo("Yes 0, no 0, abstain 2; every vote was an abstention");
  }

  @Test
  void rendersInTheReadersLanguage() {
    String stored = ResultExplanation.tied(new BigDecimal("7.25"), 2).stored();
    assertThat(ResultExplanation.render(stored, EN))
        .isEqualTo("Tied at 7.25 for 2 remaining place(s): the curators break the tie");
    assertThat(ResultExplanation.render(stored, ZH)).isEqualTo("以 7.25 分并列，争夺剩余 2 个名额：由遴选管理员裁定");
    assertThat(ResultExplanation.render("selection.result.tooFewScores|0|3", ZH))
        .isEqualTo("仅 0 份评分，至少需要 3 份才能排名");
  }

  @Test
  void oldRowsWithoutAKeyAreShownAsStored() {
    assertThat(ResultExplanation.render("fewer than 3 score(s)", ZH))
        .isEqualTo("fewer than 3 score(s)");
    assertThat(ResultExplanation.render("yes 3, no 1, abstain 0", EN))
        .isEqualTo("yes 3, no 1, abstain 0");
    assertThat(ResultExplanation.render(null, EN)).isNull();
    assertThat(ResultExplanation.render(" ", EN)).isNull();
  }

  @Test
  void specialCharactersInArgumentsSurviveTheRoundTrip() {
    ResultExplanation odd =
        new ResultExplanation(
            List.of(
                new ResultExplanation.Part("selection.result.x", List.of("a|b", "c;d", "e\\f")),
                new ResultExplanation.Part("selection.result.y", List.of())),
            null);
    assertThat(ResultExplanation.parse(odd.stored())).isEqualTo(odd);
  }

  @Test
  void anUnknownKeyOrAMalformedTextNeverBreaksThePage() {
    assertThat(ResultExplanation.render("selection.result.unknown|1", EN))
        .isEqualTo("selection.result.unknown");
    assertThat(ResultExplanation.render("selection.result.votes|1|2|3;oops", EN))
        .isEqualTo("selection.result.votes|1|2|3;oops");
  }

  @Test
  void everyKeyIsInBothBundles() {
    List<String> stored =
        List.of(
            ResultExplanation.provinceQuota(1).stored(),
            ResultExplanation.tied(BigDecimal.ONE, 1).stored(),
            ResultExplanation.tooFewScores(0, 1).stored(),
            ResultExplanation.approval(approval(6, Vote.YES, Vote.NO, Vote.NO)).stored(),
            ResultExplanation.approval(approval(1, Vote.ABSTAIN)).stored());
    Set<String> keys = new TreeSet<>();
    keys.add("selection.result.separator");
    for (String s : stored) {
      ResultExplanation.parse(s).parts().forEach(p -> keys.add(p.key()));
    }
    assertThat(keys).hasSize(8);
    for (String key : keys) {
      assertThat(EN.keySet()).as("en").contains(key);
      assertThat(ZH.keySet()).as("zh").contains(key);
      assertThat(ZH.getString(key)).isNotEqualTo(EN.getString(key));
    }
  }
}
