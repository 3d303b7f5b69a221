package org.greenmine.selection.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.Assignment;
import org.greenmine.selection.entity.Ballot;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.ConflictOfInterest;
import org.greenmine.selection.entity.Expert;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.Outcome;
import org.greenmine.selection.entity.RoundResult;
import org.greenmine.selection.entity.RoundState;
import org.greenmine.selection.entity.RoundType;
import org.greenmine.selection.entity.ScoringMethod;
import org.greenmine.selection.entity.SelectionRound;
import org.greenmine.selection.entity.TiePolicy;
import org.greenmine.selection.entity.Vote;

/**
 * The rounds of a campaign, run by its curators: set up (applications, experts, method, thresholds,
 * assignment), opened (the setup is frozen and fingerprinted), closed (results computed), released
 * (a separate, deliberate step). A new round takes the applications the previous one advanced.
 */
@Stateless
@RolesAllowed({"CURATOR", "ADMIN"})
public class Rounds {
  @PersistenceContext EntityManager em;
  @Inject CampaignScope scope;
  @Inject Experts experts;
  @Inject AuditLog audit;
  @Inject PortalClock time;
  @Inject Event<RoundOpened> opened;

  /** What a curator chooses for a new scoring round. */
  public record ScoringSetup(
      ScoringMethod method,
      boolean normalise,
      int minScores,
      int expertsPerApplication,
      Integer advanceTop,
      BigDecimal cutScore,
      TiePolicy tiePolicy) {}

  /** A round's progress as curators may see it before release: counts, never contents. */
  public record Progress(int assignments, int ballotsIn, int applications) {}

  public SelectionRound createScoring(long campaignId, ScoringSetup setup) {
    Campaign campaign = campaign(campaignId);
    if (setup.method() == null || setup.expertsPerApplication() < 1) {
      throw new InvalidInput("selection.round.setup");
    }
    if ((setup.advanceTop() == null) == (setup.cutScore() == null)) {
      throw new InvalidInput("selection.round.advancement");
    }
    SelectionRound round =
        SelectionRound.scoring(
            campaign,
            nextNumber(campaign),
            setup.method(),
            setup.normalise(),
            Math.max(1, setup.minScores()),
            setup.expertsPerApplication(),
            setup.advanceTop(),
            setup.cutScore(),
            setup.tiePolicy() == null ? TiePolicy.ALL_ADVANCE : setup.tiePolicy());
    return persistWithEntrants(campaign, round);
  }

  /** An approval round: {@code threshold} and {@code quorum} are fractions such as 2/3. */
  public SelectionRound createApproval(
      long campaignId, int expertsPerApplication, String threshold, String quorum) {
    Campaign campaign = campaign(campaignId);
    Fraction pass = Fraction.parse(threshold);
    Fraction present = Fraction.parse(quorum);
    if (expertsPerApplication < 1
        || pass.numerator() == 0
        || pass.numerator() > pass.denominator()
        || present.numerator() > present.denominator()) {
      throw new InvalidInput("selection.round.setup");
    }
    SelectionRound round =
        SelectionRound.approval(
            campaign,
            nextNumber(campaign),
            expertsPerApplication,
            pass.toString(),
            present.toString());
    return persistWithEntrants(campaign, round);
  }

  public List<SelectionRound> ofCampaign(long campaignId) {
    Campaign campaign = campaign(campaignId);
    return em.createQuery(
            "SELECT r FROM SelectionRound r WHERE r.campaign = :c ORDER BY r.number",
            SelectionRound.class)
        .setParameter("c", campaign)
        .getResultList();
  }

  /**
   * Assigns experts automatically (k per application, balanced, conflicts excluded, the same every
   * time for the same setup). Returns the problems when no valid assignment exists; then nothing
   * changes.
   */
  public List<String> assignAutomatically(long roundId) {
    SelectionRound round = draft(roundId);
    Map<Long, MineApplication> applications = applications(round);
    List<Expert> panel = panel(round);
    Set<PanelPlan.Pair> conflicts = conflicts(round);
    PanelPlan.Result plan =
        PanelPlan.assign(
            applications.keySet(),
            panel.stream().map(Expert::getId).toList(),
            conflicts,
            round.getExpertsPerApplication(),
            round.getId());
    if (!plan.problems().isEmpty()) {
      return plan.problems();
    }
    replaceAssignments(round, applications, panel, plan.panels());
    audit.record(
        "round.assigned",
        "round:" + roundId,
        Map.of(
            "assignments",
            String.valueOf(plan.panels().values().stream().mapToInt(List::size).sum())));
    return List.of();
  }

  /** A curator's change to one application's panel, checked by the same rules. */
  public List<String> adjust(long roundId, long applicationId, long removeExpert, long addExpert) {
    SelectionRound round = draft(roundId);
    Map<Long, List<Long>> panels = currentPanels(round);
    List<Long> panelOf = panels.get(applicationId);
    if (panelOf == null || !panelOf.remove(removeExpert)) {
      throw new InvalidInput("selection.round.adjust");
    }
    panelOf.add(addExpert);
    List<String> problems =
        PanelPlan.check(
            panels,
            panel(round).stream().map(Expert::getId).toList(),
            conflicts(round),
            round.getExpertsPerApplication());
    if (!problems.isEmpty()) {
      return problems;
    }
    replaceAssignments(round, applications(round), panel(round), panels);
    audit.record(
        "round.adjusted",
        "round:" + roundId,
        Map.of(
            "application", String.valueOf(applicationId),
            "removed", String.valueOf(removeExpert),
            "added", String.valueOf(addExpert)));
    return List.of();
  }

  /** The experts chosen for a round, whom a curator may move between panels. */
  public List<Expert> panelOf(long roundId) {
    return panel(round(roundId));
  }

  public List<Assignment> assignments(long roundId) {
    return em.createNamedQuery(Assignment.OF_ROUND, Assignment.class)
        .setParameter("round", round(roundId))
        .getResultList();
  }

  /** Freezes the setup: its fingerprint is stored and published with the results. */
  public SelectionRound open(long roundId) {
    SelectionRound round = draft(roundId);
    List<Assignment> assignments = assignments(roundId);
    if (assignments.isEmpty()) {
      throw new InvalidInput("selection.round.unassigned");
    }
    String fingerprint =
        RoundSetup.fingerprint(round, assignments, scope.criteria(round.getCampaign())).sha256();
    round.open(fingerprint, time.now());
    audit.record("round.opened", "round:" + roundId, Map.of("fingerprint", fingerprint));
    opened.fire(
        new RoundOpened(
            round.getId(),
            round.getNumber(),
            round.getCampaign().getTitleZh(),
            round.getCampaign().getTitleEn(),
            round.getCampaign().getReviewUntil(),
            assignments.stream()
                .map(a -> a.getExpert().getUsername())
                .collect(Collectors.toCollection(TreeSet::new))));
    return round;
  }

  /** Stops taking ballots and computes the results from the counting ballots. */
  public SelectionRound close(long roundId) {
    SelectionRound round = round(roundId);
    em.refresh(round, LockModeType.PESSIMISTIC_WRITE);
    move(round, RoundState.CLOSED);
    round.close(time.now());
    List<Ballot> ballots =
        em.createNamedQuery(Ballot.COUNTING_OF_ROUND, Ballot.class)
            .setParameter("round", round)
            .getResultList();
    em.createQuery("DELETE FROM RoundResult r WHERE r.roundId = :id")
        .setParameter("id", roundId)
        .executeUpdate();
    for (RoundResult result :
        RoundTally.results(round, assignments(roundId), ballots, applications(round))) {
      em.persist(result);
    }
    audit.record(
        "round.closed", "round:" + roundId, Map.of("ballots", String.valueOf(ballots.size())));
    return round;
  }

  /** Makes the results visible: a separate, deliberate step after closing. */
  public SelectionRound release(long roundId) {
    SelectionRound round = round(roundId);
    move(round, RoundState.RELEASED);
    round.release(time.now());
    audit.record("round.released", "round:" + roundId, Map.of());
    return round;
  }

  public Progress progress(long roundId) {
    SelectionRound round = round(roundId);
    long ballotsIn =
        em.createQuery(
                "SELECT COUNT(b) FROM Ballot b WHERE b.assignment.round = :r AND b.counting = true",
                Long.class)
            .setParameter("r", round)
            .getSingleResult();
    return new Progress(
        assignments(roundId).size(), (int) ballotsIn, round.getApplicationIds().size());
  }

  /** Results and every counting ballot, for curators, once released. */
  public List<RoundResult> results(long roundId) {
    SelectionRound round = round(roundId);
    if (!round.isReleased()) {
      throw new InvalidInput("selection.round.notReleased");
    }
    return em.createQuery(
            "SELECT r FROM RoundResult r WHERE r.roundId = :id ORDER BY r.rank, r.applicationId",
            RoundResult.class)
        .setParameter("id", roundId)
        .getResultList();
  }

  public List<Ballot> ballots(long roundId) {
    SelectionRound round = round(roundId);
    if (!round.isReleased()) {
      throw new InvalidInput("selection.round.notReleased");
    }
    return em.createNamedQuery(Ballot.COUNTING_OF_ROUND, Ballot.class)
        .setParameter("round", round)
        .getResultList();
  }

  /** A released round as anyone may read it: experts appear only by their letters. */
  public record ReleasedRound(
      long id, int number, RoundType type, String fingerprint, List<ReleasedResult> results)
      implements Serializable {
    /** The same round with every explanation turned into text. */
    public ReleasedRound explained(java.util.function.UnaryOperator<String> text) {
      return new ReleasedRound(
          id, number, type, fingerprint, results.stream().map(r -> r.explained(text)).toList());
    }
  }

  /** One application's released result with the counting ballots on it. */
  public record ReleasedResult(
      long applicationId,
      String mineName,
      String enterprise,
      BigDecimal value,
      Integer rank,
      Outcome outcome,
      String explanation,
      List<AliasedBallot> ballots)
      implements Serializable {
    /** The same result with its explanation turned into text (stored as keys). */
    public ReleasedResult explained(java.util.function.UnaryOperator<String> text) {
      return new ReleasedResult(
          applicationId,
          mineName,
          enterprise,
          value,
          rank,
          outcome,
          text.apply(explanation),
          ballots);
    }
  }

  /** A counting ballot under its expert's letters: the total of a score sheet, or the vote. */
  public record AliasedBallot(String alias, BigDecimal total, Vote vote) implements Serializable {}

  /**
   * The results of the campaign's released rounds, for its public page: ranked results first, each
   * with the counting ballots under the letters of their experts (A, B, … by expert, the same for
   * the whole round). Nothing of a round that is not released.
   */
  @PermitAll
  public List<ReleasedRound> releasedResults(long campaignId) {
    List<SelectionRound> released =
        em.createQuery(
                "SELECT r FROM SelectionRound r WHERE r.campaign.id = :c AND r.state = :s"
                    + " ORDER BY r.number",
                SelectionRound.class)
            .setParameter("c", campaignId)
            .setParameter("s", RoundState.RELEASED)
            .getResultList();
    List<ReleasedRound> answer = new ArrayList<>();
    for (SelectionRound round : released) {
      ExpertAliases aliases =
          ExpertAliases.byId(round.getExpertIds().stream().map(String::valueOf).toList());
      Map<Long, List<AliasedBallot>> byApplication = new HashMap<>();
      for (Ballot b :
          em.createNamedQuery(Ballot.COUNTING_OF_ROUND, Ballot.class)
              .setParameter("round", round)
              .getResultList()) {
        byApplication
            .computeIfAbsent(b.getAssignment().getApplication().getId(), id -> new ArrayList<>())
            .add(
                new AliasedBallot(
                    aliases.lettersOf(String.valueOf(b.getAssignment().getExpert().getId())),
                    b.getTotal(),
                    b.getVote()));
      }
      List<ReleasedResult> results = new ArrayList<>();
      for (RoundResult r :
          em.createQuery("SELECT r FROM RoundResult r WHERE r.roundId = :id", RoundResult.class)
              .setParameter("id", round.getId())
              .getResultList()) {
        MineApplication application = em.find(MineApplication.class, r.getApplicationId());
        List<AliasedBallot> ballots =
            new ArrayList<>(byApplication.getOrDefault(r.getApplicationId(), List.of()));
        ballots.sort(
            Comparator.comparing((AliasedBallot b) -> b.alias().length())
                .thenComparing(AliasedBallot::alias));
        results.add(
            new ReleasedResult(
                application.getId(),
                application.getMineName(),
                application.getEnterprise(),
                r.getValue(),
                r.getRank(),
                r.getOutcome(),
                r.getExplanation(),
                List.copyOf(ballots)));
      }
      results.sort(
          Comparator.comparing(
                  ReleasedResult::rank, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(ReleasedResult::applicationId));
      answer.add(
          new ReleasedRound(
              round.getId(),
              round.getNumber(),
              round.getType(),
              round.getSetupFingerprint(),
              List.copyOf(results)));
    }
    return answer;
  }

  SelectionRound round(long roundId) {
    SelectionRound round = em.find(SelectionRound.class, roundId);
    if (round == null) {
      throw new NotFound("selection.round.notFound");
    }
    scope.checkCurator(round.getCampaign());
    return round;
  }

  private SelectionRound draft(long roundId) {
    SelectionRound round = round(roundId);
    if (round.getState() != RoundState.DRAFT) {
      throw new InvalidInput("selection.round.frozen");
    }
    return round;
  }

  private static void move(SelectionRound round, RoundState target) {
    if (!round.getState().canMoveTo(target)) {
      throw new InvalidInput("selection.round.state", round.getState(), target);
    }
  }

  private SelectionRound persistWithEntrants(Campaign campaign, SelectionRound round) {
    Set<Long> entrants = new TreeSet<>();
    SelectionRound previous =
        em.createQuery(
                "SELECT r FROM SelectionRound r WHERE r.campaign = :c ORDER BY r.number DESC",
                SelectionRound.class)
            .setParameter("c", campaign)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (previous == null) {
      em.createQuery(
              "SELECT a.id FROM MineApplication a WHERE a.campaign = :c AND a.state = :s",
              Long.class)
          .setParameter("c", campaign)
          .setParameter("s", ApplicationState.ELIGIBLE)
          .getResultList()
          .forEach(entrants::add);
    } else {
      if (!previous.isReleased()) {
        throw new InvalidInput("selection.round.previousNotReleased");
      }
      em.createQuery(
              "SELECT r.applicationId FROM RoundResult r WHERE r.roundId = :id"
                  + " AND r.outcome IN :advancing",
              Long.class)
          .setParameter("id", previous.getId())
          .setParameter("advancing", List.of(Outcome.ADVANCED, Outcome.TIE_BREAK))
          .getResultList()
          .forEach(entrants::add);
    }
    if (entrants.isEmpty()) {
      throw new InvalidInput("selection.round.noApplications");
    }
    Set<Long> panel = new TreeSet<>();
    experts.all().forEach(e -> panel.add(e.getId()));
    if (panel.isEmpty()) {
      throw new InvalidInput("selection.round.noExperts");
    }
    round.include(entrants, panel);
    em.persist(round);
    em.flush();
    audit.record(
        "round.created",
        "round:" + round.getId(),
        Map.of(
            "campaign", campaign.getSlug(),
            "type", round.getType().name(),
            "applications", String.valueOf(entrants.size())));
    return round;
  }

  private int nextNumber(Campaign campaign) {
    Integer last =
        em.createQuery(
                "SELECT MAX(r.number) FROM SelectionRound r WHERE r.campaign = :c", Integer.class)
            .setParameter("c", campaign)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  private Map<Long, MineApplication> applications(SelectionRound round) {
    Map<Long, MineApplication> byId = new HashMap<>();
    for (Long id : round.getApplicationIds()) {
      byId.put(id, em.find(MineApplication.class, id));
    }
    return byId;
  }

  private List<Expert> panel(SelectionRound round) {
    List<Expert> panel = new ArrayList<>();
    for (Long id : round.getExpertIds()) {
      panel.add(em.find(Expert.class, id));
    }
    return panel;
  }

  private Set<PanelPlan.Pair> conflicts(SelectionRound round) {
    return em
        .createNamedQuery(ConflictOfInterest.OF_CAMPAIGN, ConflictOfInterest.class)
        .setParameter("campaign", round.getCampaign())
        .getResultList()
        .stream()
        .map(c -> new PanelPlan.Pair(c.getApplication().getId(), c.getExpert().getId()))
        .collect(Collectors.toSet());
  }

  private Map<Long, List<Long>> currentPanels(SelectionRound round) {
    Map<Long, List<Long>> panels = new HashMap<>();
    for (Assignment a : assignments(round.getId())) {
      panels
          .computeIfAbsent(a.getApplication().getId(), id -> new ArrayList<>())
          .add(a.getExpert().getId());
    }
    return panels;
  }

  private void replaceAssignments(
      SelectionRound round,
      Map<Long, MineApplication> applications,
      List<Expert> panel,
      Map<Long, List<Long>> panels) {
    em.createQuery("DELETE FROM Assignment a WHERE a.round = :r")
        .setParameter("r", round)
        .executeUpdate();
    Map<Long, Expert> expertsById = new HashMap<>();
    panel.forEach(e -> expertsById.put(e.getId(), e));
    panels.forEach(
        (applicationId, expertIds) ->
            expertIds.forEach(
                expertId ->
                    em.persist(
                        new Assignment(
                            round, applications.get(applicationId), expertsById.get(expertId)))));
    em.flush();
  }

  private Campaign campaign(long id) {
    Campaign campaign = em.find(Campaign.class, id);
    if (campaign == null) {
      throw new NotFound("selection.campaign.notFound");
    }
    scope.checkCurator(campaign);
    return campaign;
  }
}
