package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenmine.selection.control.Advancement.TiePolicy.ALL_ADVANCE;
import static org.greenmine.selection.control.Advancement.TiePolicy.TIE_BREAK;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenmine.selection.control.Advancement;
import org.greenmine.selection.control.Advancement.AtLeast;
import org.greenmine.selection.control.Advancement.Boundary;
import org.greenmine.selection.control.Advancement.Candidate;
import org.greenmine.selection.control.Advancement.Outcome;
import org.greenmine.selection.control.Advancement.ProvinceQuota;
import org.greenmine.selection.control.Advancement.TieBreak;
import org.greenmine.selection.control.Advancement.Top;
import org.greenmine.selection.control.Fraction;
import org.junit.jupiter.api.Test;

class AdvancementTest {
  private static Candidate c(String id, String province, String score) {
    return new Candidate(id, province, new BigDecimal(score));
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::applicationId).toList();
  }

  /** Every candidate lands in exactly one place. */
  private static Outcome decide(Advancement advancement, List<Candidate> candidates) {
    Outcome outcome = advancement.decide(candidates);
    List<Candidate> placed = new ArrayList<>(outcome.advanced());
    outcome.tieBreaks().forEach(t -> placed.addAll(t.tied()));
    placed.addAll(outcome.belowCut());
    placed.addAll(outcome.overQuota());
    assertThat(placed).containsExactlyInAnyOrderElementsOf(candidates);
    return outcome;
  }

  private static final List<Candidate> FIVE =
      List.of(
          c("a", "11", "90"),
          c("b", "12", "88"),
          c("c", "13", "85"),
          c("d", "14", "85.00"),
          c("e", "15", "80"));

  @Test
  void topNWithoutTies() {
    Outcome outcome = decide(new Advancement(new Top(2), TIE_BREAK, null), FIVE);
    assertThat(ids(outcome.advanced())).containsExactly("a", "b");
    assertThat(ids(outcome.belowCut())).containsExactly("c", "d", "e");
    assertThat(outcome.tieBreaks()).isEmpty();
  }

  @Test
  void aTieAtTheBoundaryAllAdvances() {
    Outcome outcome = decide(new Advancement(new Top(3), ALL_ADVANCE, null), FIVE);
    assertThat(ids(outcome.advanced())).containsExactly("a", "b", "c", "d");
    assertThat(ids(outcome.belowCut())).containsExactly("e");
  }

  @Test
  void aTieAtTheBoundaryGoesToATieBreakForThePlacesLeft() {
    Outcome outcome = decide(new Advancement(new Top(3), TIE_BREAK, null), FIVE);
    assertThat(ids(outcome.advanced())).containsExactly("a", "b");
    assertThat(outcome.tieBreaks()).hasSize(1);
    TieBreak tie = outcome.tieBreaks().get(0);
    assertThat(tie.boundary()).isEqualTo(Boundary.CUT);
    assertThat(tie.places()).isEqualTo(1);
    assertThat(tie.score()).isEqualByComparingTo("85");
    assertThat(ids(tie.tied())).containsExactly("c", "d");
    assertThat(ids(outcome.belowCut())).containsExactly("e");
  }

  @Test
  void aTieThatFitsIsNoTie() {
    Outcome outcome = decide(new Advancement(new Top(4), TIE_BREAK, null), FIVE);
    assertThat(ids(outcome.advanced())).containsExactly("a", "b", "c", "d");
    assertThat(outcome.tieBreaks()).isEmpty();
  }

  @Test
  void everyoneAtTheCutScoreAdvances() {
    Outcome outcome =
        decide(new Advancement(new AtLeast(new BigDecimal("85.0")), TIE_BREAK, null), FIVE);
    assertThat(ids(outcome.advanced())).containsExactly("a", "b", "c", "d");
    assertThat(ids(outcome.belowCut())).containsExactly("e");
  }

  @Test
  void theQuotaComesFirstAndTheFreedPlaceGoesToTheNext() {
    List<Candidate> candidates =
        List.of(
            c("a", "P1", "90"),
            c("b", "P1", "88"),
            c("c", "P2", "85"),
            c("d", "P3", "80"),
            c("e", "P3", "70"));
    Outcome outcome =
        decide(new Advancement(new Top(3), TIE_BREAK, ProvinceQuota.atMost(1)), candidates);
    assertThat(ids(outcome.advanced())).containsExactly("a", "c", "d");
    assertThat(ids(outcome.overQuota())).containsExactly("b", "e");
    assertThat(outcome.belowCut()).isEmpty();
  }

  @Test
  void aShareQuotaRoundsDown() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      candidates.add(c("p" + i, "P1", String.valueOf(90 - i)));
    }
    candidates.add(c("q", "P2", "50"));
    Outcome outcome =
        decide(
            new Advancement(new Top(10), TIE_BREAK, ProvinceQuota.share(Fraction.of(1, 2))),
            candidates);
    // at most half of P1's 5 is 2; half of P2's 1 is 0
    assertThat(ids(outcome.advanced())).containsExactly("p0", "p1");
    assertThat(ids(outcome.overQuota())).containsExactly("p2", "p3", "p4", "q");
  }

  @Test
  void bothQuotaLimitsApplyAndTheSmallerWins() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      candidates.add(c("p" + i, "P1", String.valueOf(90 - i)));
    }
    Outcome outcome =
        decide(
            new Advancement(new Top(10), TIE_BREAK, new ProvinceQuota(3, Fraction.of(1, 2))),
            candidates);
    assertThat(ids(outcome.advanced())).containsExactly("p0", "p1", "p2");
  }

  @Test
  void aTieAcrossAProvincesQuotaIsAlwaysATieBreak() {
    List<Candidate> candidates =
        List.of(c("a", "P1", "90"), c("b", "P1", "85"), c("c", "P1", "85"), c("d", "P2", "70"));
    for (Advancement.TiePolicy policy : Advancement.TiePolicy.values()) {
      Outcome outcome =
          decide(new Advancement(new Top(10), policy, ProvinceQuota.atMost(2)), candidates);
      assertThat(ids(outcome.advanced())).containsExactly("a", "d");
      assertThat(outcome.tieBreaks()).hasSize(1);
      TieBreak tie = outcome.tieBreaks().get(0);
      assertThat(tie.boundary()).isEqualTo(Boundary.PROVINCE_QUOTA);
      assertThat(tie.places()).isEqualTo(1);
      assertThat(ids(tie.tied())).containsExactly("b", "c");
      assertThat(tie.provinceLimits()).isEqualTo(Map.of("P1", 1));
    }
  }

  @Test
  void aQuotaTieInsideACutTieCarriesTheProvinceLimit() {
    List<Candidate> candidates =
        List.of(
            c("a", "P1", "90"),
            c("b", "P1", "85"),
            c("c", "P1", "85"),
            c("d", "P2", "85"),
            c("e", "P3", "70"));
    Advancement top2 = new Advancement(new Top(2), TIE_BREAK, ProvinceQuota.atMost(2));
    Outcome outcome = decide(top2, candidates);
    assertThat(ids(outcome.advanced())).containsExactly("a");
    TieBreak tie = outcome.tieBreaks().get(0);
    assertThat(tie.boundary()).isEqualTo(Boundary.CUT);
    assertThat(tie.places()).isEqualTo(1);
    assertThat(ids(tie.tied())).containsExactly("b", "c", "d");
    assertThat(tie.provinceLimits()).isEqualTo(Map.of("P1", 1));
    assertThat(ids(outcome.belowCut())).containsExactly("e");

    Outcome generous =
        decide(new Advancement(new Top(2), ALL_ADVANCE, ProvinceQuota.atMost(2)), candidates);
    assertThat(ids(generous.advanced())).containsExactly("a", "d");
    assertThat(generous.tieBreaks())
        .singleElement()
        .satisfies(t -> assertThat(t.boundary()).isEqualTo(Boundary.PROVINCE_QUOTA));
    assertThat(ids(generous.belowCut())).containsExactly("e");
  }

  @Test
  void noPlacesNoneAdvance() {
    Outcome outcome = decide(new Advancement(new Top(0), ALL_ADVANCE, null), FIVE);
    assertThat(outcome.advanced()).isEmpty();
    assertThat(outcome.belowCut()).hasSize(5);
  }
}
