package org.greenmine.selection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.jobs.control.ClusterJob;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.ObjectionState;

/**
 * When a campaign's public notice has ended and no objection waits for a decision, the proposed
 * list becomes the award list without anyone having to press a button (公示期满无异议). A campaign with an
 * objection still open waits for its curators, who finalise it themselves.
 */
@ApplicationScoped
public class NoticeDeadlineJob implements ClusterJob {
  @PersistenceContext EntityManager em;
  @Inject PublicNotice notice;
  @Inject AwardIssuer issuer;
  @Inject PortalClock time;

  @Override
  public String name() {
    return "notice-deadlines";
  }

  @Override
  public Duration every() {
    return Duration.ofMinutes(15);
  }

  @Override
  @Transactional
  public String run() {
    LocalDate today = time.today();
    List<Campaign> ended =
        em.createQuery(
                "SELECT c FROM Campaign c WHERE c.state = :notice AND c.noticeCloses < :today"
                    + " ORDER BY c.id",
                Campaign.class)
            .setParameter("notice", CampaignState.PUBLIC_NOTICE)
            .setParameter("today", today)
            .getResultList();
    int finalised = 0;
    int waiting = 0;
    for (Campaign campaign : ended) {
      long open =
          em.createQuery(
                  "SELECT COUNT(o) FROM Objection o WHERE o.application.campaign = :c"
                      + " AND o.state = :filed",
                  Long.class)
              .setParameter("c", campaign)
              .setParameter("filed", ObjectionState.FILED)
              .getSingleResult();
      if (open > 0) {
        waiting++;
      } else {
        issuer.issue(campaign, notice.proposed(campaign.getId()), AuditLog.SYSTEM);
        finalised++;
      }
    }
    return "notices ended: " + finalised + " finalised, " + waiting + " waiting for objections";
  }
}
