package org.greenmine.selection.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greenmine.selection.entity.Assignment;
import org.greenmine.selection.entity.Criterion;
import org.greenmine.selection.entity.SelectionRound;

/** A round's setup as it is frozen when the round opens, and its fingerprint. */
final class RoundSetup {
  private RoundSetup() {}

  static Fingerprint fingerprint(
      SelectionRound round, List<Assignment> assignments, List<Criterion> criteria) {
    Map<String, Set<String>> panels = new TreeMap<>();
    for (Assignment a : assignments) {
      panels
          .computeIfAbsent(String.valueOf(a.getApplication().getId()), id -> new TreeSet<>())
          .add(String.valueOf(a.getExpert().getId()));
    }
    return Fingerprint.of(
        new Fingerprint.RoundSetup(
            String.valueOf(round.getId()),
            round.getExpertIds().stream().map(String::valueOf).collect(Collectors.toSet()),
            round.getApplicationIds().stream().map(String::valueOf).collect(Collectors.toSet()),
            panels,
            RoundTally.aggregation(round),
            CampaignSeed.tree(criteria),
            RoundTally.approval(round),
            RoundTally.advancement(round)));
  }
}
