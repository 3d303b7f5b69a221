package org.greenmine.selection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenmine.selection.entity.Assignment;
import org.greenmine.selection.entity.RoundState;
import org.greenmine.selection.entity.SelectionRound;

/**
 * Who still owes ballots in an open round whose review is about to end. Rounds have no closing date
 * of their own: a round is scheduled to close with its campaign's review ({@code review_until}), so
 * that is the date reminders count from.
 */
@ApplicationScoped
public class BallotReminders {
  @PersistenceContext EntityManager em;

  /** An expert with assignments in an open round on which they have cast no ballot yet. */
  public record Owed(
      long roundId,
      int roundNumber,
      String campaignTitleZh,
      String campaignTitleEn,
      LocalDate closes,
      String expert,
      int missing) {}

  /**
   * Whether to remind on {@code today} of a round closing on {@code closes}: from the day before
   * the close to the closing day itself (so a reminder missed on the day before still goes out).
   */
  public static boolean due(LocalDate closes, LocalDate today) {
    return closes != null && !today.isBefore(closes.minusDays(1)) && !today.isAfter(closes);
  }

  /** Every expert who owes ballots in an open round due for a reminder on {@code today}. */
  @Transactional(TxType.REQUIRED)
  public List<Owed> owedOn(LocalDate today) {
    List<SelectionRound> open =
        em.createQuery(
                "SELECT r FROM SelectionRound r WHERE r.state = :open"
                    + " AND r.campaign.reviewUntil >= :today AND r.campaign.reviewUntil <= :tomorrow"
                    + " ORDER BY r.id",
                SelectionRound.class)
            .setParameter("open", RoundState.OPEN)
            .setParameter("today", today)
            .setParameter("tomorrow", today.plusDays(1))
            .getResultList();
    List<Owed> owed = new java.util.ArrayList<>();
    for (SelectionRound round : open) {
      if (!due(round.getCampaign().getReviewUntil(), today)) {
        continue;
      }
      Map<String, Integer> missing = new TreeMap<>();
      for (Assignment a :
          em.createNamedQuery(Assignment.OF_ROUND, Assignment.class)
              .setParameter("round", round)
              .getResultList()) {
        if (a.getBallotsCast() == 0) {
          missing.merge(a.getExpert().getUsername(), 1, Integer::sum);
        }
      }
      missing.forEach(
          (expert, count) ->
              owed.add(
                  new Owed(
                      round.getId(),
                      round.getNumber(),
                      round.getCampaign().getTitleZh(),
                      round.getCampaign().getTitleEn(),
                      round.getCampaign().getReviewUntil(),
                      expert,
                      count)));
    }
    return owed;
  }
}
