package org.greenmine.selection.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The stored round's ids put to the panel assignment rules, and the answer back in ids. */
final class PanelPlan {
  private PanelPlan() {}

  /** An expert who must not judge an application. */
  record Pair(long applicationId, long expertId) {}

  record Result(Map<Long, List<Long>> panels, List<String> problems) {}

  static Result assign(
      Collection<Long> applications,
      Collection<Long> experts,
      Set<Pair> conflicts,
      int expertsPerApplication,
      long seed) {
    PanelAssignment.Result result =
        new PanelAssignment(expertsPerApplication, seed)
            .assign(pool(applications, experts, conflicts));
    if (!result.complete()) {
      return new Result(
          Map.of(),
          result.uncovered().stream()
              .map(u -> "application " + u.applicationId() + ": " + u.describe())
              .toList());
    }
    Map<Long, List<Long>> panels = new LinkedHashMap<>();
    result
        .panels()
        .forEach(
            (application, panel) ->
                panels.put(Long.valueOf(application), panel.stream().map(Long::valueOf).toList()));
    return new Result(panels, List.of());
  }

  static List<String> check(
      Map<Long, List<Long>> panels,
      Collection<Long> experts,
      Set<Pair> conflicts,
      int expertsPerApplication) {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    panels.forEach(
        (application, panel) ->
            byId.put(String.valueOf(application), panel.stream().map(String::valueOf).toList()));
    List<String> problems = new ArrayList<>();
    new PanelAssignment(expertsPerApplication, 0)
        .check(pool(panels.keySet(), experts, conflicts), byId)
        .forEach(v -> problems.add(v.describe()));
    return problems;
  }

  private static PanelAssignment.Pool pool(
      Collection<Long> applications, Collection<Long> experts, Set<Pair> conflicts) {
    return new PanelAssignment.Pool(
        experts.stream().map(String::valueOf).toList(),
        applications.stream().map(String::valueOf).toList(),
        conflicts.stream()
            .map(
                c ->
                    new ReviewPair(String.valueOf(c.expertId()), String.valueOf(c.applicationId())))
            .collect(Collectors.toSet()));
  }
}
