package org.greenmine.technology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenmine.technology.control.TechnologyFit;
import org.greenmine.technology.control.TechnologyFit.Candidate;
import org.greenmine.technology.control.TechnologyFit.Match;
import org.greenmine.technology.control.TechnologyFit.Need;
import org.greenmine.technology.entity.Maturity;
import org.greenmine.technology.entity.MiningMethod;
import org.greenmine.technology.entity.TechnologyCategory;
import org.junit.jupiter.api.Test;

class TechnologyFitTest {
  private static final Candidate PASTE =
      new Candidate(
          "paste-backfill",
          List.of("gold", "iron"),
          MiningMethod.UNDERGROUND,
          TechnologyCategory.MINING,
          Maturity.PROMOTION,
          "全尾砂膏体充填 Paste backfill with tailings");
  private static final Candidate DRY_STACK =
      new Candidate(
          "dry-stacking",
          List.of("gold", "copper"),
          MiningMethod.BOTH,
          TechnologyCategory.COMPREHENSIVE_UTILISATION,
          Maturity.DEMONSTRATION,
          "尾矿干排 tailings dry stacking");
  private static final Candidate HAUL =
      new Candidate(
          "electric-haul",
          List.of("coal"),
          MiningMethod.OPEN_PIT,
          TechnologyCategory.GREEN_LOW_CARBON,
          Maturity.PILOT,
          "电动矿卡 electric haul trucks");

  @Test
  void theBestFitComesFirstAndOtherMethodsNeverFit() {
    List<Match> ranked =
        TechnologyFit.rank(
            new Need(
                "gold", MiningMethod.UNDERGROUND, TechnologyCategory.MINING, "我们的尾矿库快满了，想把尾矿回填采空区"),
            List.of(HAUL, DRY_STACK, PASTE));
    assertThat(ranked).extracting(Match::slug).containsExactly("paste-backfill", "dry-stacking");
    assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
  }

  @Test
  void nothingInCommonIsNoFit() {
    assertThat(
            TechnologyFit.rank(
                new Need("lithium", MiningMethod.OPEN_PIT, null, "brine evaporation"),
                List.of(PASTE, HAUL)))
        .isEmpty();
  }

  @Test
  void englishProblemsMatchEnglishWords() {
    List<Match> ranked =
        TechnologyFit.rank(
            new Need(null, MiningMethod.OPEN_PIT, null, "Our haul trucks burn too much diesel"),
            List.of(HAUL, PASTE));
    assertThat(ranked).extracting(Match::slug).containsExactly("electric-haul");
  }
}
