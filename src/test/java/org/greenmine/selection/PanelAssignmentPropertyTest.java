package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenmine.selection.PanelChecks.assertValid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.greenmine.selection.control.PanelAssignment;
import org.greenmine.selection.control.PanelAssignment.Pool;
import org.greenmine.selection.control.PanelAssignment.Result;

/**
 * Properties of automatic assignment over random pools. "Balanced" is defined exactly: the highest
 * load is the smallest any valid assignment can have, and every expert has at least min(floor, free
 * applications) where the floor is the largest any assignment with that ceiling allows; in
 * particular loads are ⌊S/m⌋ or ⌈S/m⌉ whenever some valid assignment has that.
 */
class PanelAssignmentPropertyTest {
  @Property(tries = 300)
  void everyCoverableApplicationGetsKFreeExpertsAndTheRestAreReported(
      @ForAll @IntRange(min = 1, max = 12) int experts,
      @ForAll @IntRange(min = 0, max = 15) int applications,
      @ForAll @IntRange(min = 1, max = 4) int k,
      @ForAll @IntRange(min = 0, max = 70) int conflictPercent,
      @ForAll long poolSeed,
      @ForAll long seed) {
    Pool pool = PanelChecks.randomPool(experts, applications, conflictPercent, poolSeed);
    PanelAssignment assignment = new PanelAssignment(k, seed);
    Result result = assignment.assign(pool);
    assertValid(pool, k, result);
    PanelChecks.assertCheckAgrees(pool, assignment, result);
  }

  @Property(tries = 300)
  void loadsAreAsEvenAsAnyAssignmentCanMakeThem(
      @ForAll @IntRange(min = 1, max = 5) int experts,
      @ForAll @IntRange(min = 0, max = 4) int applications,
      @ForAll @IntRange(min = 1, max = 2) int k,
      @ForAll @IntRange(min = 0, max = 70) int conflictPercent,
      @ForAll long poolSeed,
      @ForAll long seed) {
    Pool pool = PanelChecks.randomPool(experts, applications, conflictPercent, poolSeed);
    Result result = new PanelAssignment(k, seed).assign(pool);
    int[] best = PanelChecks.bruteForceBounds(pool, k);
    assertThat(result.loadCeiling()).isEqualTo(best[0]);
    assertThat(result.loadFloor()).isEqualTo(best[1]);
  }

  @Property(tries = 300)
  void whenPerfectBalanceIsPossibleLoadsDifferByAtMostOne(
      @ForAll @IntRange(min = 1, max = 15) int experts,
      @ForAll @IntRange(min = 1, max = 25) int applications,
      @ForAll @IntRange(min = 1, max = 4) int k,
      @ForAll @IntRange(min = 0, max = 90) int conflictPercent,
      @ForAll long poolSeed,
      @ForAll long seed) {
    int panel = Math.min(k, experts);
    Pool pool = PanelChecks.plantedPool(experts, applications, panel, conflictPercent, poolSeed);
    Result result = new PanelAssignment(panel, seed).assign(pool);
    int seats = applications * panel;
    assertThat(result.complete()).isTrue();
    assertThat(result.loads().values())
        .allMatch(l -> l == seats / experts || l == (seats + experts - 1) / experts);
  }

  @Property(tries = 200)
  void theSameInputGivesTheSameOutputInAnyOrder(
      @ForAll @IntRange(min = 1, max = 12) int experts,
      @ForAll @IntRange(min = 0, max = 15) int applications,
      @ForAll @IntRange(min = 1, max = 4) int k,
      @ForAll @IntRange(min = 0, max = 50) int conflictPercent,
      @ForAll long poolSeed,
      @ForAll long seed) {
    Pool pool = PanelChecks.randomPool(experts, applications, conflictPercent, poolSeed);
    List<String> e = new ArrayList<>(pool.experts());
    List<String> a = new ArrayList<>(pool.applications());
    Collections.shuffle(e, new Random(poolSeed + 1));
    Collections.shuffle(a, new Random(poolSeed + 2));
    Pool reordered = new Pool(e, a, new HashSet<>(pool.conflicts()));
    assertThat(new PanelAssignment(k, seed).assign(reordered))
        .isEqualTo(new PanelAssignment(k, seed).assign(pool));
  }
}
