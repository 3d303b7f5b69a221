package org.greenmine.selection.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenmine.selection.entity.Assignment;
import org.greenmine.selection.entity.Ballot;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.Outcome;
import org.greenmine.selection.entity.RoundResult;
import org.greenmine.selection.entity.RoundType;
import org.greenmine.selection.entity.SelectionRound;

/**
 * A closed round's counting ballots turned into results by the round's stated method: scoring
 * rounds aggregate and rank, then apply the cut (with the campaign's province quota); approval
 * rounds count yes / no / abstain against the threshold and quorum.
 */
final class RoundTally {
  private RoundTally() {}

  static List<RoundResult> results(
      SelectionRound round,
      List<Assignment> assignments,
      List<Ballot> counting,
      Map<Long, MineApplication> applications) {
    return round.getType() == RoundType.SCORING
        ? scoring(round, counting, applications)
        : approval(round, assignments, counting);
  }

  private static List<RoundResult> scoring(
      SelectionRound round, List<Ballot> counting, Map<Long, MineApplication> applications) {
    List<ScoreAggregation.ExpertScore> scores = new ArrayList<>();
    for (Ballot ballot : counting) {
      scores.add(
          new ScoreAggregation.ExpertScore(
              String.valueOf(ballot.getAssignment().getApplication().getId()),
              String.valueOf(ballot.getAssignment().getExpert().getId()),
              ballot.getTotal()));
    }
    // every application of the round is reported, also one nobody scored
    Map<String, ScoreAggregation.Result> byApplication = new HashMap<>();
    for (ScoreAggregation.Result result : aggregation(round).aggregate(scores)) {
      byApplication.put(result.applicationId(), result);
    }
    List<Advancement.Candidate> candidates = new ArrayList<>();
    for (ScoreAggregation.Result result : byApplication.values()) {
      if (result.ranked()) {
        MineApplication application = applications.get(Long.valueOf(result.applicationId()));
        candidates.add(
            new Advancement.Candidate(
                result.applicationId(), application.getProvinceCode(), result.score()));
      }
    }
    Advancement.Outcome outcome = advancement(round).decide(candidates);
    Map<String, Outcome> decided = new HashMap<>();
    Map<String, ResultExplanation> why = new HashMap<>();
    outcome.advanced().forEach(c -> decided.put(c.applicationId(), Outcome.ADVANCED));
    outcome.belowCut().forEach(c -> decided.put(c.applicationId(), Outcome.NOT_ADVANCED));
    for (Advancement.Candidate c : outcome.overQuota()) {
      decided.put(c.applicationId(), Outcome.NOT_ADVANCED);
      why.put(
          c.applicationId(),
          ResultExplanation.provinceQuota(round.getCampaign().getProvinceQuota()));
    }
    for (Advancement.TieBreak tie : outcome.tieBreaks()) {
      for (Advancement.Candidate c : tie.tied()) {
        decided.put(c.applicationId(), Outcome.TIE_BREAK);
        why.put(c.applicationId(), ResultExplanation.tied(tie.score(), tie.places()));
      }
    }
    List<RoundResult> results = new ArrayList<>();
    for (Long applicationId : round.getApplicationIds()) {
      ScoreAggregation.Result result = byApplication.get(String.valueOf(applicationId));
      if (result == null || !result.ranked()) {
        results.add(
            new RoundResult(
                round.getId(),
                applicationId,
                result == null ? null : result.score(),
                result == null ? null : result.spread(),
                result == null ? 0 : result.scoreCount(),
                null,
                Outcome.NOT_RANKED,
                ResultExplanation.tooFewScores(
                        result == null ? 0 : result.scoreCount(), round.getMinScores())
                    .stored()));
        continue;
      }
      String id = String.valueOf(applicationId);
      results.add(
          new RoundResult(
              round.getId(),
              applicationId,
              result.score(),
              result.spread(),
              result.scoreCount(),
              result.rank(),
              decided.getOrDefault(id, Outcome.NOT_ADVANCED),
              why.containsKey(id) ? why.get(id).stored() : null));
    }
    return results;
  }

  private static List<RoundResult> approval(
      SelectionRound round, List<Assignment> assignments, List<Ballot> counting) {
    ApprovalTally tally = approval(round);
    Map<Long, Set<String>> assigned = new HashMap<>();
    for (Assignment a : assignments) {
      assigned
          .computeIfAbsent(a.getApplication().getId(), id -> new HashSet<>())
          .add(String.valueOf(a.getExpert().getId()));
    }
    Map<Long, Map<String, ApprovalTally.Vote>> votes = new HashMap<>();
    for (Ballot ballot : counting) {
      votes
          .computeIfAbsent(ballot.getAssignment().getApplication().getId(), id -> new HashMap<>())
          .put(
              String.valueOf(ballot.getAssignment().getExpert().getId()),
              ApprovalTally.Vote.valueOf(ballot.getVote().name()));
    }
    List<RoundResult> results = new ArrayList<>();
    for (Long applicationId : round.getApplicationIds()) {
      ApprovalTally.Result result =
          tally.tally(
              assigned.getOrDefault(applicationId, Set.of()),
              votes.getOrDefault(applicationId, Map.of()));
      BigDecimal share =
          result.cast() == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(result.yes())
                  .divide(BigDecimal.valueOf(result.cast()), 4, java.math.RoundingMode.HALF_UP);
      results.add(
          new RoundResult(
              round.getId(),
              applicationId,
              share,
              null,
              result.voted(),
              null,
              result.passed() ? Outcome.ADVANCED : Outcome.NOT_ADVANCED,
              ResultExplanation.approval(result).stored()));
    }
    return results;
  }

  /** The round's stated scoring method (null for an approval round). */
  static ScoreAggregation aggregation(SelectionRound round) {
    if (round.getType() != RoundType.SCORING) {
      return null;
    }
    return new ScoreAggregation(
        ScoreAggregation.Method.valueOf(round.getMethod().name()),
        round.isNormalise()
            ? ScoreAggregation.Normalisation.Z_SCORE
            : ScoreAggregation.Normalisation.NONE,
        round.getMinScores());
  }

  /** Who advances from a scoring round: its cut, tie policy and the campaign's province quota. */
  static Advancement advancement(SelectionRound round) {
    if (round.getType() != RoundType.SCORING) {
      return null;
    }
    Integer quota = round.getCampaign().getProvinceQuota();
    return new Advancement(
        round.getAdvanceTop() != null
            ? new Advancement.Top(round.getAdvanceTop())
            : new Advancement.AtLeast(round.getCutScore()),
        Advancement.TiePolicy.valueOf(round.getTiePolicy().name()),
        quota == null ? Advancement.ProvinceQuota.NONE : Advancement.ProvinceQuota.atMost(quota));
  }

  /** The approval round's threshold and quorum (null for a scoring round). */
  static ApprovalTally approval(SelectionRound round) {
    if (round.getType() != RoundType.APPROVAL) {
      return null;
    }
    return new ApprovalTally(
        Fraction.parse(round.getApprovalThreshold()), Fraction.parse(round.getQuorum()));
  }
}
