package org.greenmine.selection.control;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fingerprint of a round's setup as frozen when the round opens: a canonical text (see {@link
 * CanonicalJson}) and its SHA-256. Published at opening, it lets anyone check later that the
 * experts, applications, panels, method and thresholds were not changed while the round ran.
 *
 * <p>Order does not matter for experts, applications, the experts of a panel, or the criteria, so
 * they are written as sets; renaming a criterion does not change the fingerprint, changing its
 * code, parent, level or points does.
 */
public record Fingerprint(String canonicalForm, String sha256) {
  public static final String FORMAT = "greenmine/round-setup/1";

  /**
   * What a round freezes. A scoring round has {@code scoring} and {@code criteria}, an approval
   * round {@code approval}; {@code advancement} is how the round's result is cut, if it is. The
   * panels map each application to its experts ({@link PanelAssignment.Result#panels()} fits).
   */
  public record RoundSetup(
      String roundId,
      Set<String> experts,
      Set<String> applications,
      Map<String, ? extends Collection<String>> panels,
      ScoreAggregation scoring,
      CriteriaTree criteria,
      ApprovalTally approval,
      Advancement advancement) {
    public RoundSetup {
      Objects.requireNonNull(roundId, "roundId");
      experts = Set.copyOf(experts);
      applications = Set.copyOf(applications);
      Map<String, Set<String>> copy = new TreeMap<>();
      panels.forEach((application, panel) -> copy.put(application, Set.copyOf(panel)));
      panels = Collections.unmodifiableMap(copy);
    }
  }

  public static Fingerprint of(RoundSetup setup) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("format", FORMAT);
    form.put("roundId", setup.roundId());
    form.put("experts", setup.experts());
    form.put("applications", setup.applications());
    form.put("panels", setup.panels());
    form.put("scoring", scoring(setup.scoring()));
    form.put("criteria", criteria(setup.criteria()));
    form.put("approval", approval(setup.approval()));
    form.put("advancement", advancement(setup.advancement()));
    String canonical = CanonicalJson.write(form);
    return new Fingerprint(canonical, Sha256.hex(canonical));
  }

  private static Object scoring(ScoreAggregation scoring) {
    if (scoring == null) {
      return null;
    }
    return Map.of(
        "method", scoring.method(),
        "normalisation", scoring.normalisation(),
        "minimumScores", scoring.minimumScores());
  }

  private static Object criteria(CriteriaTree tree) {
    if (tree == null) {
      return null;
    }
    Set<Object> nodes = new LinkedHashSet<>();
    for (CriteriaTree.Criterion c : tree.all()) {
      nodes.add(
          Map.of(
              "code", c.code(),
              "parent", c.parentCode(),
              "level", c.level(),
              "maxPoints", c.maxPoints()));
    }
    return Map.of("total", tree.total(), "nodes", nodes);
  }

  private static Object approval(ApprovalTally approval) {
    if (approval == null) {
      return null;
    }
    return Map.of(
        "threshold", approval.threshold().toString(), "quorum", approval.quorum().toString());
  }

  private static Object advancement(Advancement advancement) {
    if (advancement == null) {
      return null;
    }
    Map<String, Object> cut = new LinkedHashMap<>();
    if (advancement.cut() instanceof Advancement.Top top) {
      cut.put("top", top.places());
    } else if (advancement.cut() instanceof Advancement.AtLeast atLeast) {
      cut.put("atLeast", atLeast.score());
    }
    Map<String, Object> quota = new LinkedHashMap<>();
    int perProvince = advancement.quota().maxPerProvince();
    quota.put("maxPerProvince", perProvince == Integer.MAX_VALUE ? null : perProvince);
    quota.put("maxShare", advancement.quota().maxShare().toString());
    return Map.of("cut", cut, "tiePolicy", advancement.tiePolicy(), "quota", quota);
  }
}
