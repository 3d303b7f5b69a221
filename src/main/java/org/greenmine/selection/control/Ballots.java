package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.entity.Assignment;
import org.greenmine.selection.entity.Ballot;
import org.greenmine.selection.entity.Criterion;
import org.greenmine.selection.entity.Expert;
import org.greenmine.selection.entity.RoundState;
import org.greenmine.selection.entity.RoundType;
import org.greenmine.selection.entity.Vote;

/**
 * Experts cast their ballots here. A ballot is only ever taken from the expert assigned, while the
 * round is open, never from a conflicted expert; it is cast under a lock on the assignment row, so
 * two submissions at once become two ballots one after the other and exactly one counts. The
 * content of a ballot is seen by its expert only; the audit log records who voted when, never what.
 */
@Stateless
@RolesAllowed("EXPERT")
public class Ballots {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CampaignScope scope;
  @Inject Experts experts;
  @Inject AuditLog audit;
  @Inject PortalClock time;

  /** The caller's assignments in open rounds. */
  public List<Assignment> openAssignments() {
    return em.createNamedQuery(Assignment.OF_EXPERT, Assignment.class)
        .setParameter("expert", experts.caller())
        .setParameter("state", RoundState.OPEN)
        .getResultList();
  }

  /** The caller's own ballots on one assignment, newest first. */
  public List<Ballot> myBallots(long assignmentId) {
    Assignment assignment = mine(assignmentId, false);
    List<Ballot> ballots =
        new java.util.ArrayList<>(
            em.createNamedQuery(Ballot.OF_ASSIGNMENT, Ballot.class)
                .setParameter("assignment", assignment)
                .getResultList());
    java.util.Collections.reverse(ballots);
    return ballots;
  }

  public Ballot castScores(long assignmentId, Map<String, BigDecimal> scores, String comment) {
    // checked before any lock is taken: the locks are held only for the short write
    Assignment assignment = mine(assignmentId, false);
    if (assignment.getRound().getType() != RoundType.SCORING) {
      throw new InvalidInput("selection.ballot.wrongType");
    }
    Map<String, BigDecimal> checked = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Criterion item : scope.items(assignment.getRound().getCampaign())) {
      BigDecimal score = scores.get(item.getCode());
      if (score == null || score.signum() < 0 || score.compareTo(item.getMaxPoints()) > 0) {
        throw new InvalidInput(
            "selection.score.range", item.getCode(), item.getMaxPoints().stripTrailingZeros());
      }
      checked.put(item.getCode(), score);
      total = total.add(score);
    }
    StringBuilder lines = new StringBuilder();
    checked.forEach((code, score) -> lines.append(code).append('=').append(score).append('\n'));
    return cast(mine(assignmentId, true), lines.toString(), total, null, comment);
  }

  public Ballot castVote(long assignmentId, Vote vote, String comment) {
    Assignment assignment = mine(assignmentId, false);
    if (assignment.getRound().getType() != RoundType.APPROVAL) {
      throw new InvalidInput("selection.ballot.wrongType");
    }
    if (vote == null) {
      throw new InvalidInput("selection.ballot.vote");
    }
    return cast(mine(assignmentId, true), null, null, vote, comment);
  }

  /** Whether a receipt belongs to one of the caller's ballots, and whether that ballot counts. */
  public Ballot byReceipt(String receipt) {
    return em.createQuery(
            "SELECT b FROM Ballot b WHERE b.receipt = :receipt"
                + " AND b.assignment.expert = :expert",
            Ballot.class)
        .setParameter("receipt", receipt == null ? "" : receipt.strip())
        .setParameter("expert", experts.caller())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("selection.ballot.receipt.unknown"));
  }

  private Ballot cast(
      Assignment assignment, String scores, BigDecimal total, Vote vote, String comment) {
    for (Ballot earlier :
        em.createNamedQuery(Ballot.OF_ASSIGNMENT, Ballot.class)
            .setParameter("assignment", assignment)
            .getResultList()) {
      earlier.supersede();
    }
    int sequence = assignment.nextBallot();
    var castAt = time.now();
    String nonce = BallotReceipt.newNonce();
    Ballot ballot =
        new Ballot(
            assignment,
            sequence,
            scores,
            total,
            vote,
            comment == null || comment.isBlank() ? null : comment.strip(),
            castAt,
            nonce);
    ballot.seal(BallotReceipt.of(receiptForm(ballot, castAt, nonce, sequence)).sha256());
    em.persist(ballot);
    em.flush();
    audit.record(
        "ballot.cast",
        "round:" + assignment.getRound().getId(),
        Map.of(
            "expert", assignment.getExpert().getUsername(),
            "application", String.valueOf(assignment.getApplication().getId()),
            "sequence", String.valueOf(sequence)));
    return ballot;
  }

  /** Whether a stored ballot still hashes to its receipt: a changed ballot would not. */
  public boolean untouched(Ballot ballot) {
    return new BallotReceipt(ballot.getReceipt())
        .matches(receiptForm(ballot, ballot.getCastAt(), ballot.getNonce(), ballot.getSequence()));
  }

  private static BallotReceipt.Ballot receiptForm(
      Ballot ballot, java.time.Instant castAt, String nonce, int sequence) {
    Assignment a = ballot.getAssignment();
    return new BallotReceipt.Ballot(
        String.valueOf(a.getRound().getId()),
        String.valueOf(a.getExpert().getId()),
        String.valueOf(a.getApplication().getId()),
        ballot.scoreMap(),
        ballot.getVote() == null ? null : ApprovalTally.Vote.valueOf(ballot.getVote().name()),
        sequence,
        castAt,
        nonce);
  }

  /**
   * The caller's assignment, locked for casting when asked: open round, and no conflict recorded
   * since it was made.
   */
  private Assignment mine(long assignmentId, boolean forCasting) {
    Expert me = experts.caller();
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null || !assignment.getExpert().getId().equals(me.getId())) {
      throw new NotFound("selection.assignment.notFound");
    }
    if (forCasting) {
      // the round first, then the pair: closing takes the round's lock too, so no ballot slips in
      // after a close, and two ballots of one pair are cast one after the other
      em.refresh(assignment.getRound(), LockModeType.PESSIMISTIC_WRITE);
      em.refresh(assignment, LockModeType.PESSIMISTIC_WRITE);
      if (assignment.getRound().getState() != RoundState.OPEN) {
        throw new InvalidInput("selection.ballot.closed");
      }
      if (experts.conflicted(me, assignment.getApplication())) {
        throw new NotFound("selection.assignment.notFound");
      }
    }
    return assignment;
  }
}
