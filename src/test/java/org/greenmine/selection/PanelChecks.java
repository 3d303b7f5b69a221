package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.greenmine.selection.control.PanelAssignment;
import org.greenmine.selection.control.PanelAssignment.Pool;
import org.greenmine.selection.control.PanelAssignment.Result;
import org.greenmine.selection.control.PanelAssignment.Uncovered;
import org.greenmine.selection.control.ReviewPair;

/** Pools for assignment tests, and the checks every assignment must pass. */
final class PanelChecks {
  private PanelChecks() {}

  static List<String> ids(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(String.format("%s%03d", prefix, i));
    }
    return ids;
  }

  /** A pool with each pair in conflict with the given probability (in percent). */
  static Pool randomPool(int experts, int applications, int conflictPercent, long seed) {
    Random random = new Random(seed);
    List<String> e = ids("e", experts);
    List<String> a = ids("a", applications);
    Set<ReviewPair> conflicts = new HashSet<>();
    for (String application : a) {
      for (String expert : e) {
        if (random.nextInt(100) < conflictPercent) {
          conflicts.add(new ReviewPair(expert, application));
        }
      }
    }
    return new Pool(e, a, conflicts);
  }

  /**
   * A pool in which a perfectly balanced assignment exists: seats are dealt round-robin over a
   * shuffled list of experts (so loads are ⌊S/m⌋ or ⌈S/m⌉), then conflicts are added only on pairs
   * that planted assignment does not use.
   */
  static Pool plantedPool(int experts, int applications, int k, int conflictPercent, long seed) {
    Random random = new Random(seed);
    List<String> e = ids("e", experts);
    List<String> a = ids("a", applications);
    List<String> dealt = new ArrayList<>(e);
    java.util.Collections.shuffle(dealt, random);
    Set<ReviewPair> planted = new HashSet<>();
    int seat = 0;
    for (String application : a) {
      for (int i = 0; i < k; i++) {
        planted.add(new ReviewPair(dealt.get(seat++ % experts), application));
      }
    }
    Set<ReviewPair> conflicts = new HashSet<>();
    for (String application : a) {
      for (String expert : e) {
        ReviewPair pair = new ReviewPair(expert, application);
        if (!planted.contains(pair) && random.nextInt(100) < conflictPercent) {
          conflicts.add(pair);
        }
      }
    }
    return new Pool(e, a, conflicts);
  }

  static int eligible(Pool pool, String application) {
    int count = 0;
    for (String expert : pool.experts()) {
      if (!pool.conflicts().contains(new ReviewPair(expert, application))) {
        count++;
      }
    }
    return count;
  }

  /** Coverage, k distinct experts, no conflict, loads that add up, and the reported bounds. */
  static void assertValid(Pool pool, int k, Result result) {
    Set<String> expectUncovered = new HashSet<>();
    for (String application : pool.applications()) {
      if (eligible(pool, application) < k) {
        expectUncovered.add(application);
      }
    }
    assertThat(result.uncovered())
        .extracting(Uncovered::applicationId)
        .containsExactlyInAnyOrderElementsOf(expectUncovered);
    for (Uncovered u : result.uncovered()) {
      assertThat(u.eligibleExperts()).isEqualTo(eligible(pool, u.applicationId()));
      assertThat(u.needed()).isEqualTo(k);
    }
    assertThat(result.complete()).isEqualTo(expectUncovered.isEmpty());
    Set<String> covered = new HashSet<>(pool.applications());
    covered.removeAll(expectUncovered);
    assertThat(result.panels().keySet()).containsExactlyInAnyOrderElementsOf(covered);

    Map<String, Integer> loads = new HashMap<>();
    for (Map.Entry<String, List<String>> panel : result.panels().entrySet()) {
      assertThat(panel.getValue()).hasSize(k).doesNotHaveDuplicates();
      assertThat(pool.experts()).containsAll(panel.getValue());
      for (String expert : panel.getValue()) {
        assertThat(pool.conflicts()).doesNotContain(new ReviewPair(expert, panel.getKey()));
        loads.merge(expert, 1, Integer::sum);
      }
    }
    for (String expert : pool.experts()) {
      int load = loads.getOrDefault(expert, 0);
      assertThat(result.loads().get(expert)).isEqualTo(load);
      assertThat(load).isLessThanOrEqualTo(result.loadCeiling());
      assertThat(load)
          .isGreaterThanOrEqualTo(Math.min(result.loadFloor(), capacity(pool, k, expert)));
    }
  }

  /** The number of coverable applications the expert is free to review. */
  static int capacity(Pool pool, int k, String expert) {
    int count = 0;
    for (String application : pool.applications()) {
      if (eligible(pool, application) >= k
          && !pool.conflicts().contains(new ReviewPair(expert, application))) {
        count++;
      }
    }
    return count;
  }

  /** The best ceiling and floor over every possible assignment, by enumeration (tiny pools). */
  static int[] bruteForceBounds(Pool pool, int k) {
    List<String> experts = new ArrayList<>(pool.experts());
    List<List<int[]>> choices = new ArrayList<>();
    for (String application : pool.applications()) {
      if (eligible(pool, application) < k) {
        continue;
      }
      List<Integer> free = new ArrayList<>();
      for (int e = 0; e < experts.size(); e++) {
        if (!pool.conflicts().contains(new ReviewPair(experts.get(e), application))) {
          free.add(e);
        }
      }
      List<int[]> subsets = new ArrayList<>();
      subsets(free, k, 0, new int[k], 0, subsets);
      choices.add(subsets);
    }
    int[] caps = new int[experts.size()];
    for (int e = 0; e < experts.size(); e++) {
      caps[e] = capacity(pool, k, experts.get(e));
    }
    int[] best = {Integer.MAX_VALUE, -1};
    List<int[]> loadVectors = new ArrayList<>();
    enumerate(choices, 0, new int[experts.size()], loadVectors);
    for (int[] loads : loadVectors) {
      int max = 0;
      for (int l : loads) {
        max = Math.max(max, l);
      }
      best[0] = Math.min(best[0], max);
    }
    for (int[] loads : loadVectors) {
      int max = 0;
      for (int l : loads) {
        max = Math.max(max, l);
      }
      if (max != best[0]) {
        continue;
      }
      int floor = 0;
      while (floor < best[0] && meets(loads, caps, floor + 1)) {
        floor++;
      }
      best[1] = Math.max(best[1], floor);
    }
    if (loadVectors.isEmpty() || choices.isEmpty()) {
      return new int[] {0, 0};
    }
    return best;
  }

  private static boolean meets(int[] loads, int[] caps, int floor) {
    for (int e = 0; e < loads.length; e++) {
      if (loads[e] < Math.min(floor, caps[e])) {
        return false;
      }
    }
    return true;
  }

  private static void subsets(
      List<Integer> free, int k, int from, int[] chosen, int size, List<int[]> out) {
    if (size == k) {
      out.add(chosen.clone());
      return;
    }
    for (int i = from; i < free.size(); i++) {
      chosen[size] = free.get(i);
      subsets(free, k, i + 1, chosen, size + 1, out);
    }
  }

  private static void enumerate(
      List<List<int[]>> choices, int index, int[] loads, List<int[]> out) {
    if (index == choices.size()) {
      out.add(loads.clone());
      return;
    }
    for (int[] subset : choices.get(index)) {
      for (int e : subset) {
        loads[e]++;
      }
      enumerate(choices, index + 1, loads, out);
      for (int e : subset) {
        loads[e]--;
      }
    }
  }

  /** Checking an automatic assignment finds only the uncovered applications' empty panels. */
  static void assertCheckAgrees(Pool pool, PanelAssignment assignment, Result result) {
    assertThat(assignment.check(pool, result.panels()))
        .allSatisfy(
            v -> {
              assertThat(v.kind()).isEqualTo(PanelAssignment.ViolationKind.PANEL_SIZE);
              assertThat(v.actual()).isZero();
            })
        .extracting(PanelAssignment.Violation::applicationId)
        .containsExactlyElementsOf(
            result.uncovered().stream().map(Uncovered::applicationId).toList());
  }
}
