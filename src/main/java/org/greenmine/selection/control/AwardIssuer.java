package org.greenmine.selection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.Award;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.RedListEntry;
import org.greenmine.selection.entity.RedListEvent;
import org.greenmine.selection.entity.RedListStatus;

/**
 * Makes a campaign's award list final: every proposed application not removed by an upheld
 * objection is awarded with a certificate number and enters the red list. Callers decide whether it
 * may happen: a curator's {@link PublicNotice#finalise}, or {@link NoticeDeadlineJob} when the
 * notice period has ended with no objection waiting.
 */
@ApplicationScoped
public class AwardIssuer {
  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject PortalClock time;

  /**
   * @param actor the curator's account name, or {@link AuditLog#SYSTEM} for the portal itself
   * @return how many awards were issued
   */
  @Transactional(TxType.MANDATORY)
  public int issue(Campaign campaign, List<MineApplication> proposed, String actor) {
    LocalDate today = time.today();
    String series = "%s-%d-".formatted(campaign.getAssociation().getCode(), campaign.getYear());
    // certificates of an association's year run on across its campaigns (a second campaign the
    // same year continues the numbers instead of colliding with the first one's)
    long earlier =
        em.createQuery(
                "SELECT COUNT(a) FROM Award a WHERE a.certificateNo LIKE :series", Long.class)
            .setParameter("series", series + "%")
            .getSingleResult();
    int number = 0;
    for (MineApplication application : proposed) {
      if (application.getState() == ApplicationState.REMOVED) {
        continue;
      }
      String certificate = series + "%03d".formatted(earlier + ++number);
      em.persist(new Award(campaign, application, certificate, today));
      application.award();
      enterRedList(application, campaign.getYear(), certificate, today, actor);
    }
    campaign.moveTo(CampaignState.FINAL);
    record(
        actor,
        "awards.final",
        "campaign:" + campaign.getId(),
        Map.of("awards", String.valueOf(number)));
    return number;
  }

  private void enterRedList(
      MineApplication application,
      int year,
      String certificateNo,
      LocalDate listedOn,
      String actor) {
    RedListEntry entry =
        new RedListEntry(
            application.getId(),
            application.getMineName(),
            application.getEnterprise(),
            application.getCreditCode(),
            application.getProvinceCode(),
            application.getMineral(),
            year,
            certificateNo,
            listedOn);
    em.persist(entry);
    em.persist(new RedListEvent(entry, RedListStatus.LISTED, null, listedOn, actor, time.now()));
    em.flush();
    record(
        actor,
        "redlist.listed",
        "redlist:" + entry.getId(),
        Map.of("certificate", certificateNo, "creditCode", entry.getCreditCode()));
  }

  private void record(String actor, String type, String subject, Map<String, String> details) {
    if (AuditLog.SYSTEM.equals(actor)) {
      audit.recordAsSystem(type, subject, details);
    } else {
      audit.record(type, subject, details);
    }
  }
}
