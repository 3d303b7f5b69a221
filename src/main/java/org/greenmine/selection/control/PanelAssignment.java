package org.greenmine.selection.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.greenmine.platform.control.InvalidInput;

/**
 * Puts {@code expertsPerApplication} (k) experts on every application's panel, never an expert in
 * conflict with it, spreading the work as evenly as the conflicts allow.
 *
 * <p><b>Coverage.</b> An application with fewer than k non-conflicted experts cannot be covered; it
 * is reported with the numbers and left without a panel. Every other application gets exactly k
 * distinct experts. Since an expert may sit on any number of panels, this is the only way an
 * assignment can fail, and it fails only for the applications concerned.
 *
 * <p><b>Balance.</b> Let S be the number of seats (k × covered applications), m the number of
 * experts, and cap(e) the number of covered applications expert e is free to review. The result has
 * the smallest possible highest load (the {@code loadCeiling}); among assignments with that
 * ceiling, it has the largest {@code loadFloor} F such that every expert reviews at least min(F,
 * cap(e)). So whenever any valid assignment gives every expert ⌊S/m⌋ or ⌈S/m⌉, this one does; when
 * conflicts rule that out, the experts that conflicts hold down get all they can take, and no one
 * carries more than the conflicts force on somebody.
 *
 * <p><b>How.</b> A flow network: source → application (capacity k) → non-conflicted expert
 * (capacity 1) → sink (capacity the load bound). Maximum flow finds an assignment whenever one
 * exists within the bounds; binary search finds the smallest ceiling, then the largest floor (a
 * flow that first fills every expert up to min(F, cap(e)) and is then augmented to the ceiling;
 * augmenting never takes flow back from the sink). Applications and experts are sorted by id and
 * then shuffled with {@link Random} seeded by {@code seed}: the same pool and seed give the same
 * panels, whatever order the pool was given in, on any Java runtime.
 */
public record PanelAssignment(int expertsPerApplication, long seed) {
  public PanelAssignment {
    if (expertsPerApplication < 1) {
      throw new InvalidInput("selection.panel.size", expertsPerApplication);
    }
  }

  /** The experts and applications of a round and the pairs in conflict. */
  public record Pool(
      Collection<String> experts, Collection<String> applications, Set<ReviewPair> conflicts) {
    public Pool {
      experts = List.copyOf(new TreeSet<>(experts));
      applications = List.copyOf(new TreeSet<>(applications));
      conflicts = Set.copyOf(conflicts);
    }
  }

  /** An application that cannot get a full panel. */
  public record Uncovered(String applicationId, int eligibleExperts, int needed) {
    public String describe() {
      return "only " + eligibleExperts + " non-conflicted experts, " + needed + " needed";
    }
  }

  /**
   * The panels (application → experts, both by id), every expert's load, the load bounds described
   * above, and the applications left uncovered.
   */
  public record Result(
      Map<String, List<String>> panels,
      Map<String, Integer> loads,
      int loadCeiling,
      int loadFloor,
      List<Uncovered> uncovered) {
    public boolean complete() {
      return uncovered.isEmpty();
    }
  }

  public enum ViolationKind {
    UNKNOWN_APPLICATION,
    UNKNOWN_EXPERT,
    DUPLICATE_EXPERT,
    CONFLICT,
    /** The panel does not have k experts ({@code actual}, {@code expected}). */
    PANEL_SIZE,
    /** More than the smallest possible ceiling ({@code expected}). */
    OVERLOADED,
    /** Less than this expert could be given under the best floor ({@code expected}). */
    UNDERLOADED
  }

  /** One way a manual assignment breaks the rules; fields that do not apply are null or 0. */
  public record Violation(
      ViolationKind kind, String applicationId, String expertId, int actual, int expected) {
    public String describe() {
      return switch (kind) {
        case UNKNOWN_APPLICATION -> "application " + applicationId + " is not in the round";
        case UNKNOWN_EXPERT -> "expert " + expertId + " is not in the pool";
        case DUPLICATE_EXPERT -> "expert " + expertId + " twice on " + applicationId;
        case CONFLICT -> "expert " + expertId + " is in conflict with " + applicationId;
        case PANEL_SIZE -> applicationId + " has " + actual + " experts, " + expected + " needed";
        case OVERLOADED -> expertId + " has " + actual + " reviews, at most " + expected;
        case UNDERLOADED -> expertId + " has " + actual + " reviews, at least " + expected;
      };
    }
  }

  public Result assign(Pool pool) {
    Solver solver = new Solver(pool);
    solver.solve(true);
    return solver.result();
  }

  /**
   * Checks a curator's panels by the same rules: known ids, no conflict, exactly k distinct experts
   * per application, and loads within the ceiling and floor an automatic assignment achieves.
   * Returns the violations, applications and experts in id order; empty when all is well.
   */
  public List<Violation> check(Pool pool, Map<String, ? extends Collection<String>> panels) {
    List<Violation> violations = new ArrayList<>();
    Set<String> applications = new HashSet<>(pool.applications());
    Set<String> experts = new HashSet<>(pool.experts());
    for (String applicationId : new TreeSet<>(panels.keySet())) {
      if (!applications.contains(applicationId)) {
        violations.add(new Violation(ViolationKind.UNKNOWN_APPLICATION, applicationId, null, 0, 0));
      }
    }
    Map<String, Integer> loads = new TreeMap<>();
    pool.experts().forEach(e -> loads.put(e, 0));
    for (String applicationId : pool.applications()) {
      Set<String> seated = new LinkedHashSet<>();
      Collection<String> panel = panels.get(applicationId);
      for (String expertId : panel == null ? List.<String>of() : panel) {
        if (!experts.contains(expertId)) {
          violations.add(
              new Violation(ViolationKind.UNKNOWN_EXPERT, applicationId, expertId, 0, 0));
        } else if (!seated.add(expertId)) {
          violations.add(
              new Violation(ViolationKind.DUPLICATE_EXPERT, applicationId, expertId, 0, 0));
        } else {
          if (pool.conflicts().contains(new ReviewPair(expertId, applicationId))) {
            violations.add(new Violation(ViolationKind.CONFLICT, applicationId, expertId, 0, 0));
          }
          loads.merge(expertId, 1, Integer::sum);
        }
      }
      if (seated.size() != expertsPerApplication) {
        violations.add(
            new Violation(
                ViolationKind.PANEL_SIZE,
                applicationId,
                null,
                seated.size(),
                expertsPerApplication));
      }
    }
    Solver solver = new Solver(pool);
    solver.solve(false);
    for (Map.Entry<String, Integer> load : loads.entrySet()) {
      int floor = Math.min(solver.floor, solver.capacityOf(load.getKey()));
      if (load.getValue() > solver.ceiling) {
        violations.add(
            new Violation(
                ViolationKind.OVERLOADED, null, load.getKey(), load.getValue(), solver.ceiling));
      } else if (load.getValue() < floor) {
        violations.add(
            new Violation(ViolationKind.UNDERLOADED, null, load.getKey(), load.getValue(), floor));
      }
    }
    return List.copyOf(violations);
  }

  /** One pool turned into indices and a flow network. */
  private final class Solver {
    private final List<String> experts;
    private final List<String> applications;
    private final List<Uncovered> uncovered = new ArrayList<>();
    private final List<Integer> covered = new ArrayList<>();
    private final int[] capacity;
    private final Map<String, Integer> expertIndex = new HashMap<>();
    private FlowNetwork network;
    private int[] expertEdges;
    private int[] firstAssignmentEdge;
    private int[] lastAssignmentEdge;
    private int seats;
    private int source;
    private int sink;
    private int ceiling;
    private int floor;

    Solver(Pool pool) {
      Random random = new Random(seed);
      experts = new ArrayList<>(pool.experts());
      applications = new ArrayList<>(pool.applications());
      Collections.shuffle(experts, random);
      Collections.shuffle(applications, random);
      for (int i = 0; i < experts.size(); i++) {
        expertIndex.put(experts.get(i), i);
      }
      capacity = new int[experts.size()];
      boolean[][] eligible = new boolean[applications.size()][];
      for (int a = 0; a < applications.size(); a++) {
        eligible[a] = new boolean[experts.size()];
        int count = 0;
        for (int e = 0; e < experts.size(); e++) {
          boolean free =
              !pool.conflicts().contains(new ReviewPair(experts.get(e), applications.get(a)));
          eligible[a][e] = free;
          count += free ? 1 : 0;
        }
        if (count < expertsPerApplication) {
          uncovered.add(new Uncovered(applications.get(a), count, expertsPerApplication));
        } else {
          covered.add(a);
          for (int e = 0; e < experts.size(); e++) {
            capacity[e] += eligible[a][e] ? 1 : 0;
          }
        }
      }
      uncovered.sort((x, y) -> x.applicationId().compareTo(y.applicationId()));
      seats = covered.size() * expertsPerApplication;
      build(eligible);
    }

    private void build(boolean[][] eligible) {
      int n = covered.size();
      int m = experts.size();
      source = 0;
      sink = n + m + 1;
      network = new FlowNetwork(n + m + 2, n + n * m + m);
      firstAssignmentEdge = new int[n];
      lastAssignmentEdge = new int[n];
      for (int i = 0; i < n; i++) {
        network.addEdge(source, 1 + i, expertsPerApplication);
        firstAssignmentEdge[i] = -1;
        for (int e = 0; e < m; e++) {
          if (eligible[covered.get(i)][e]) {
            int edge = network.addEdge(1 + i, 1 + n + e, 1);
            if (firstAssignmentEdge[i] < 0) {
              firstAssignmentEdge[i] = edge;
            }
            lastAssignmentEdge[i] = edge;
          }
        }
      }
      expertEdges = new int[m];
      for (int e = 0; e < m; e++) {
        expertEdges[e] = network.addEdge(1 + n + e, sink, 0);
      }
    }

    int capacityOf(String expertId) {
      return capacity[expertIndex.get(expertId)];
    }

    /** Finds the ceiling and the floor, and with {@code assign} leaves the final flow in place. */
    void solve(boolean assign) {
      if (seats == 0) {
        ceiling = 0;
        floor = 0;
        return;
      }
      int m = experts.size();
      int low = (seats + m - 1) / m;
      int high = 0;
      for (int c : capacity) {
        high = Math.max(high, c);
      }
      // the highest capacity always suffices: it lets every expert take every free application
      if (!fitsUnder(low)) {
        while (low < high) {
          int mid = (low + high) >>> 1;
          if (fitsUnder(mid)) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
      }
      ceiling = low;
      int floorLow = 0;
      int floorHigh = ceiling;
      while (floorLow < floorHigh) {
        int mid = (floorLow + floorHigh + 1) >>> 1;
        if (fillsUpTo(mid)) {
          floorLow = mid;
        } else {
          floorHigh = mid - 1;
        }
      }
      floor = floorLow;
      if (assign) {
        fillsUpTo(floor);
        for (int e = 0; e < m; e++) {
          network.raiseCapacity(expertEdges[e], ceiling - Math.min(floor, capacity[e]));
        }
        network.maxFlow(source, sink);
      }
    }

    /** Whether every seat can be filled with no expert above {@code bound}. */
    private boolean fitsUnder(int bound) {
      for (int edge : expertEdges) {
        network.setCapacity(edge, bound);
      }
      network.clearFlow();
      return network.maxFlow(source, sink) == seats;
    }

    /** Whether every expert can be given min(bound, capacity) reviews at once. */
    private boolean fillsUpTo(int bound) {
      long wanted = 0;
      for (int e = 0; e < expertEdges.length; e++) {
        int target = Math.min(bound, capacity[e]);
        network.setCapacity(expertEdges[e], target);
        wanted += target;
      }
      network.clearFlow();
      return network.maxFlow(source, sink) == wanted;
    }

    Result result() {
      Map<String, List<String>> panels = new TreeMap<>();
      Map<String, Integer> loads = new TreeMap<>();
      experts.forEach(e -> loads.put(e, 0));
      for (int i = 0; i < covered.size(); i++) {
        List<String> panel = new ArrayList<>(expertsPerApplication);
        if (firstAssignmentEdge[i] >= 0) {
          for (int edge = firstAssignmentEdge[i]; edge <= lastAssignmentEdge[i]; edge += 2) {
            if (network.flow(edge) > 0) {
              String expert = experts.get(network.target(edge) - 1 - covered.size());
              panel.add(expert);
              loads.merge(expert, 1, Integer::sum);
            }
          }
        }
        Collections.sort(panel);
        panels.put(applications.get(covered.get(i)), List.copyOf(panel));
      }
      return new Result(
          Collections.unmodifiableMap(panels),
          Collections.unmodifiableMap(loads),
          ceiling,
          floor,
          List.copyOf(uncovered));
    }
  }
}
