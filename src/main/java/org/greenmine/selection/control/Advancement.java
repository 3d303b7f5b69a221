package org.greenmine.selection.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.greenmine.platform.control.InvalidInput;

/**
 * Who goes on from a ranked list: the top N, or everyone at or above a cut score, within an
 * optional quota per province.
 *
 * <p><b>Order.</b> The quota is applied first, province by province down each province's own
 * ranking; the cut is then applied to whoever is within quota, so a place a province cannot take
 * goes to the next candidate in the overall ranking. A candidate beyond their province's quota is
 * reported as over quota even if they would also have missed the cut.
 *
 * <p><b>Ties.</b> Candidates with equal scores (compared as decimals, so 85.5 equals 85.50) form a
 * tie group. At the top-N boundary, {@link TiePolicy#ALL_ADVANCE} lets the whole group through
 * (more than N may advance) and {@link TiePolicy#TIE_BREAK} returns the group, with the number of
 * places left, as a {@link TieBreak}. A cut score has no boundary tie: everyone at the cut score
 * advances. A quota is a ceiling under either policy, so a tie group that straddles a province's
 * quota is always returned as a tie break for the places the province has left.
 *
 * <p><b>Quota.</b> A province's ceiling is the smaller of {@code maxPerProvince} and {@code
 * maxShare} of that province's candidates in the list, rounded down (at most half of 5 is 2).
 */
public record Advancement(Cut cut, TiePolicy tiePolicy, ProvinceQuota quota) {
  public sealed interface Cut permits Top, AtLeast {}

  /** The best {@code places} candidates. */
  public record Top(int places) implements Cut {
    public Top {
      if (places < 0) {
        throw new InvalidInput("selection.advancement.places", places);
      }
    }
  }

  /** Everyone whose score is at least {@code score}. */
  public record AtLeast(BigDecimal score) implements Cut {
    public AtLeast {
      Objects.requireNonNull(score, "score");
    }
  }

  public enum TiePolicy {
    ALL_ADVANCE,
    TIE_BREAK
  }

  /** At most {@code maxPerProvince}, and at most {@code maxShare} of a province's candidates. */
  public record ProvinceQuota(int maxPerProvince, Fraction maxShare) {
    public static final ProvinceQuota NONE = new ProvinceQuota(Integer.MAX_VALUE, Fraction.ALL);

    public ProvinceQuota {
      Objects.requireNonNull(maxShare, "maxShare");
      if (maxPerProvince < 0) {
        throw new InvalidInput("selection.advancement.quota", maxPerProvince);
      }
    }

    public static ProvinceQuota atMost(int perProvince) {
      return new ProvinceQuota(perProvince, Fraction.ALL);
    }

    public static ProvinceQuota share(Fraction share) {
      return new ProvinceQuota(Integer.MAX_VALUE, share);
    }

    int ceiling(int candidatesOfProvince) {
      return Math.min(maxPerProvince, maxShare.floorOf(candidatesOfProvince));
    }
  }

  public record Candidate(String applicationId, String province, BigDecimal score) {
    public Candidate {
      Objects.requireNonNull(applicationId, "applicationId");
      Objects.requireNonNull(province, "province");
      Objects.requireNonNull(score, "score");
    }
  }

  public enum Boundary {
    /** The tie straddles the top-N boundary. */
    CUT,
    /** The tie straddles a province's quota. */
    PROVINCE_QUOTA
  }

  /**
   * Candidates tied on {@code score} competing for {@code places}; {@code provinceLimits} caps how
   * many of the winners may come from a province whose quota is also at stake.
   */
  public record TieBreak(
      Boundary boundary,
      BigDecimal score,
      int places,
      List<Candidate> tied,
      Map<String, Integer> provinceLimits) {
    public TieBreak {
      tied = List.copyOf(tied);
      provinceLimits = Collections.unmodifiableMap(new TreeMap<>(provinceLimits));
    }
  }

  /** Every candidate appears in exactly one list (within a tie break for the tied ones). */
  public record Outcome(
      List<Candidate> advanced,
      List<TieBreak> tieBreaks,
      List<Candidate> belowCut,
      List<Candidate> overQuota) {
    public Outcome {
      advanced = List.copyOf(advanced);
      tieBreaks = List.copyOf(tieBreaks);
      belowCut = List.copyOf(belowCut);
      overQuota = List.copyOf(overQuota);
    }
  }

  public Advancement {
    Objects.requireNonNull(cut, "cut");
    Objects.requireNonNull(tiePolicy, "tiePolicy");
    quota = quota == null ? ProvinceQuota.NONE : quota;
  }

  private static final Comparator<Candidate> RANKING =
      Comparator.comparing(Candidate::score, Comparator.reverseOrder())
          .thenComparing(Candidate::applicationId);

  /** A province's candidates tied across its quota, of whom {@code places} are within it. */
  private record QuotaTie(String province, int places, List<Candidate> members) {}

  public Outcome decide(List<Candidate> candidates) {
    List<Candidate> ranking = new ArrayList<>(candidates);
    ranking.sort(RANKING);
    Set<String> seen = new HashSet<>();
    for (Candidate c : ranking) {
      if (!seen.add(c.applicationId())) {
        throw new InvalidInput("selection.advancement.duplicate", c.applicationId());
      }
    }

    // quota, province by province
    Map<String, List<Candidate>> byProvince = new TreeMap<>();
    for (Candidate c : ranking) {
      byProvince.computeIfAbsent(c.province(), p -> new ArrayList<>()).add(c);
    }
    Set<Candidate> withinQuota = new HashSet<>();
    Map<Candidate, QuotaTie> quotaTied = new HashMap<>();
    List<Candidate> overQuota = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> province : byProvince.entrySet()) {
      List<Candidate> own = province.getValue();
      int ceiling = quota.ceiling(own.size());
      int taken = 0;
      for (List<Candidate> group : tieGroups(own)) {
        if (taken >= ceiling) {
          overQuota.addAll(group);
        } else if (taken + group.size() <= ceiling) {
          withinQuota.addAll(group);
          taken += group.size();
        } else {
          QuotaTie tie = new QuotaTie(province.getKey(), ceiling - taken, group);
          group.forEach(c -> quotaTied.put(c, tie));
          taken = ceiling;
        }
      }
    }

    // the cut, over the overall ranking
    List<Candidate> advanced = new ArrayList<>();
    List<TieBreak> tieBreaks = new ArrayList<>();
    List<Candidate> belowCut = new ArrayList<>();
    int placesLeft = cut instanceof Top top ? top.places() : Integer.MAX_VALUE;
    for (List<Candidate> group : tieGroups(ranking)) {
      BigDecimal score = group.get(0).score();
      List<Candidate> in = new ArrayList<>();
      Map<String, QuotaTie> ties = new LinkedHashMap<>();
      for (Candidate c : group) {
        if (withinQuota.contains(c)) {
          in.add(c);
        } else if (quotaTied.containsKey(c)) {
          ties.putIfAbsent(c.province(), quotaTied.get(c));
        }
      }
      int places = in.size() + ties.values().stream().mapToInt(QuotaTie::places).sum();
      if (places == 0) {
        continue;
      }
      boolean reached =
          cut instanceof AtLeast atLeast ? score.compareTo(atLeast.score()) >= 0 : placesLeft > 0;
      if (!reached) {
        belowCut.addAll(in);
        ties.values().forEach(t -> belowCut.addAll(t.members()));
      } else if (places <= placesLeft || tiePolicy == TiePolicy.ALL_ADVANCE) {
        advanced.addAll(in);
        for (QuotaTie t : ties.values()) {
          tieBreaks.add(
              new TieBreak(
                  Boundary.PROVINCE_QUOTA,
                  score,
                  t.places(),
                  t.members(),
                  Map.of(t.province(), t.places())));
        }
        placesLeft = places <= placesLeft ? placesLeft - places : 0;
      } else {
        List<Candidate> tied = new ArrayList<>(in);
        Map<String, Integer> limits = new TreeMap<>();
        for (QuotaTie t : ties.values()) {
          tied.addAll(t.members());
          limits.put(t.province(), t.places());
        }
        tied.sort(RANKING);
        tieBreaks.add(new TieBreak(Boundary.CUT, score, placesLeft, tied, limits));
        placesLeft = 0;
      }
    }
    overQuota.sort(RANKING);
    return new Outcome(advanced, tieBreaks, belowCut, overQuota);
  }

  /** Runs of equal score in a list already in ranking order. */
  private static List<List<Candidate>> tieGroups(List<Candidate> ranked) {
    List<List<Candidate>> groups = new ArrayList<>();
    for (Candidate c : ranked) {
      List<Candidate> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last.get(0).score().compareTo(c.score()) == 0) {
        last.add(c);
      } else {
        List<Candidate> group = new ArrayList<>();
        group.add(c);
        groups.add(group);
      }
    }
    return groups;
  }
}
