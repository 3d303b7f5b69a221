package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.greenmine.selection.PanelChecks.assertValid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.PanelAssignment;
import org.greenmine.selection.control.PanelAssignment.Pool;
import org.greenmine.selection.control.PanelAssignment.Result;
import org.greenmine.selection.control.PanelAssignment.Uncovered;
import org.greenmine.selection.control.PanelAssignment.Violation;
import org.greenmine.selection.control.PanelAssignment.ViolationKind;
import org.greenmine.selection.control.ReviewPair;
import org.junit.jupiter.api.Test;

class PanelAssignmentTest {
  @Test
  void withoutConflictsEveryoneCarriesTheSameLoad() {
    Pool pool = new Pool(List.of("e1", "e2", "e3", "e4"), PanelChecks.ids("a", 6), Set.of());
    Result result = new PanelAssignment(2, 0).assign(pool);
    assertValid(pool, 2, result);
    assertThat(result.loads().values()).containsOnly(3);
    assertThat(result.loadCeiling()).isEqualTo(3);
    assertThat(result.loadFloor()).isEqualTo(3);
  }

  @Test
  void unevenSeatsDifferByOne() {
    Pool pool = new Pool(PanelChecks.ids("e", 7), PanelChecks.ids("a", 10), Set.of());
    Result result = new PanelAssignment(3, 11).assign(pool);
    assertValid(pool, 3, result);
    // 30 seats over 7 experts: 4 or 5 each
    assertThat(result.loads().values()).allMatch(l -> l == 4 || l == 5);
    assertThat(result.loadCeiling()).isEqualTo(5);
    assertThat(result.loadFloor()).isEqualTo(4);
  }

  @Test
  void anApplicationWithTooFewFreeExpertsIsNamedAndTheOthersStillAssigned() {
    Set<ReviewPair> conflicts = Set.of(new ReviewPair("e1", "a1"), new ReviewPair("e2", "a1"));
    Pool pool = new Pool(List.of("e1", "e2", "e3", "e4"), List.of("a1", "a2", "a3"), conflicts);
    Result result = new PanelAssignment(3, 0).assign(pool);
    assertValid(pool, 3, result);
    assertThat(result.complete()).isFalse();
    assertThat(result.uncovered()).containsExactly(new Uncovered("a1", 2, 3));
    assertThat(result.uncovered().get(0).describe())
        .isEqualTo("only 2 non-conflicted experts, 3 needed");
    assertThat(result.panels().keySet()).containsExactly("a2", "a3");
  }

  @Test
  void tooFewExpertsAltogether() {
    Pool pool = new Pool(List.of("e1", "e2"), List.of("a1"), Set.of());
    Result result = new PanelAssignment(3, 0).assign(pool);
    assertThat(result.uncovered()).containsExactly(new Uncovered("a1", 2, 3));
    assertThat(result.panels()).isEmpty();
    assertThat(result.loads()).containsEntry("e1", 0).containsEntry("e2", 0);
  }

  /**
   * k = 1. Applications a1–a3 can only go to x; a4 to any of x, y, z; a5 only to y. x must carry 3
   * (the ceiling); y and z can each have one: a5 to y, a4 to z.
   */
  @Test
  void whenConflictsForceImbalanceTheRestIsStillSpreadOut() {
    Set<ReviewPair> conflicts = new HashSet<>();
    for (String a : List.of("a1", "a2", "a3")) {
      conflicts.add(new ReviewPair("y", a));
      conflicts.add(new ReviewPair("z", a));
    }
    conflicts.add(new ReviewPair("x", "a5"));
    conflicts.add(new ReviewPair("z", "a5"));
    Pool pool = new Pool(List.of("x", "y", "z"), List.of("a1", "a2", "a3", "a4", "a5"), conflicts);
    for (long seed = 0; seed < 20; seed++) {
      Result result = new PanelAssignment(1, seed).assign(pool);
      assertValid(pool, 1, result);
      assertThat(result.loads()).isEqualTo(Map.of("x", 3, "y", 1, "z", 1));
      assertThat(result.loadCeiling()).isEqualTo(3);
      assertThat(result.loadFloor()).isEqualTo(1);
    }
  }

  @Test
  void theSamePoolAndSeedGiveTheSamePanelsWhateverTheInputOrder() {
    Pool pool = PanelChecks.randomPool(15, 40, 20, 3);
    Result first = new PanelAssignment(4, 99).assign(pool);
    List<String> experts = new ArrayList<>(pool.experts());
    List<String> applications = new ArrayList<>(pool.applications());
    Collections.reverse(experts);
    Collections.shuffle(applications, new Random(5));
    Pool reordered = new Pool(experts, applications, new HashSet<>(pool.conflicts()));
    assertThat(new PanelAssignment(4, 99).assign(reordered)).isEqualTo(first);
    assertThat(new PanelAssignment(4, 99).assign(pool)).isEqualTo(first);
  }

  @Test
  void aSweepOfSeededRandomPoolsAlwaysPassesTheChecks() {
    Random random = new Random(2024);
    for (int run = 0; run < 300; run++) {
      int experts = 1 + random.nextInt(12);
      int applications = random.nextInt(15);
      int k = 1 + random.nextInt(4);
      Pool pool =
          PanelChecks.randomPool(experts, applications, random.nextInt(60), random.nextLong());
      PanelAssignment assignment = new PanelAssignment(k, random.nextLong());
      Result result = assignment.assign(pool);
      assertValid(pool, k, result);
      PanelChecks.assertCheckAgrees(pool, assignment, result);
    }
  }

  @Test
  void aSweepOfTinyPoolsMatchesTheBestBoundsFoundByEnumeration() {
    Random random = new Random(17);
    for (int run = 0; run < 300; run++) {
      int k = 1 + random.nextInt(2);
      Pool pool =
          PanelChecks.randomPool(
              1 + random.nextInt(5), random.nextInt(5), random.nextInt(70), random.nextLong());
      Result result = new PanelAssignment(k, random.nextLong()).assign(pool);
      int[] best = PanelChecks.bruteForceBounds(pool, k);
      assertThat(result.loadCeiling()).as("ceiling of %s", pool).isEqualTo(best[0]);
      assertThat(result.loadFloor()).as("floor of %s", pool).isEqualTo(best[1]);
    }
  }

  @Test
  void aSweepOfPlantedPoolsIsPerfectlyBalanced() {
    Random random = new Random(8);
    for (int run = 0; run < 200; run++) {
      int experts = 1 + random.nextInt(12);
      int k = 1 + random.nextInt(Math.min(4, experts));
      int applications = 1 + random.nextInt(20);
      Pool pool =
          PanelChecks.plantedPool(experts, applications, k, random.nextInt(80), random.nextLong());
      Result result = new PanelAssignment(k, random.nextLong()).assign(pool);
      int seats = applications * k;
      assertThat(result.complete()).isTrue();
      assertThat(result.loads().values())
          .allMatch(l -> l == seats / experts || l == (seats + experts - 1) / experts);
    }
  }

  @Test
  void aCuratorsManualPanelsAreCheckedByTheSameRules() {
    Pool pool =
        new Pool(
            List.of("e1", "e2", "e3", "e4"),
            List.of("a1", "a2", "a3", "a4"),
            Set.of(new ReviewPair("e1", "a1")));
    PanelAssignment assignment = new PanelAssignment(2, 0);
    Map<String, List<String>> manual = new HashMap<>();
    manual.put("a1", List.of("e1", "e2")); // e1 is in conflict with a1
    manual.put("a2", List.of("e2", "e2", "e3")); // e2 twice
    manual.put("a3", List.of("e2", "e9")); // e9 unknown, so only one expert
    manual.put("a4", List.of("e2", "e3"));
    manual.put("a5", List.of("e3", "e4")); // not in the round
    List<Violation> violations = assignment.check(pool, manual);
    assertThat(violations)
        .extracting(Violation::kind, Violation::applicationId, Violation::expertId)
        .containsExactly(
            tuple(ViolationKind.UNKNOWN_APPLICATION, "a5", null),
            tuple(ViolationKind.CONFLICT, "a1", "e1"),
            tuple(ViolationKind.DUPLICATE_EXPERT, "a2", "e2"),
            tuple(ViolationKind.UNKNOWN_EXPERT, "a3", "e9"),
            tuple(ViolationKind.PANEL_SIZE, "a3", null),
            // 8 seats over 4 experts: 2 each; e1 has 1, e2 has 4, e4 none
            tuple(ViolationKind.UNDERLOADED, null, "e1"),
            tuple(ViolationKind.OVERLOADED, null, "e2"),
            tuple(ViolationKind.UNDERLOADED, null, "e4"));
    assertThat(violations.get(4).describe()).isEqualTo("a3 has 1 experts, 2 needed");
    assertThat(violations.get(6).describe()).isEqualTo("e2 has 4 reviews, at most 2");
    assertThat(violations.get(7).describe()).isEqualTo("e4 has 0 reviews, at least 2");

    Result automatic = assignment.assign(pool);
    assertThat(assignment.check(pool, automatic.panels())).isEmpty();
  }

  @Test
  void aPanelNeedsAtLeastOneExpert() {
    assertThatThrownBy(() -> new PanelAssignment(0, 0)).isInstanceOf(InvalidInput.class);
  }
}
