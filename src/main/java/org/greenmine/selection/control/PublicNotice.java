package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.entity.Award;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.Objection;
import org.greenmine.selection.entity.ObjectionState;
import org.greenmine.selection.entity.Outcome;
import org.greenmine.selection.entity.SelectionRound;

/**
 * The public notice (公示) of a campaign's proposed list, the objections anyone may file during it,
 * their resolution by curators, and the final award list with its red-list entries.
 */
@Stateless
public class PublicNotice {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CampaignScope scope;
  @Inject AuditLog audit;
  @Inject AwardIssuer awardIssuer;
  @Inject ObjectionThrottle throttle;
  @Inject PortalClock time;

  /** Publishes the proposed list (what the last released round advanced) for the notice period. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public Campaign startNotice(long campaignId, LocalDate opens, LocalDate closes) {
    Campaign campaign = campaign(campaignId);
    scope.checkCurator(campaign);
    if (opens == null || closes == null || closes.isBefore(opens)) {
      throw new InvalidInput("selection.notice.dates");
    }
    if (proposedIds(campaign).isEmpty()) {
      throw new InvalidInput("selection.notice.nothing");
    }
    if (campaign.getState() == CampaignState.APPLICATIONS_OPEN) {
      campaign.moveTo(CampaignState.REVIEW);
    }
    if (!campaign.getState().canMoveTo(CampaignState.PUBLIC_NOTICE)) {
      throw new InvalidInput("selection.campaign.state", campaign.getState());
    }
    campaign.scheduleNotice(opens, closes);
    campaign.moveTo(CampaignState.PUBLIC_NOTICE);
    audit.record(
        "notice.started",
        "campaign:" + campaignId,
        Map.of("opens", opens.toString(), "closes", closes.toString()));
    return campaign;
  }

  /** The proposed list while the notice runs (and the decided list after it). */
  @PermitAll
  public List<MineApplication> proposed(long campaignId) {
    Campaign campaign = campaign(campaignId);
    if (campaign.getState().ordinal() < CampaignState.PUBLIC_NOTICE.ordinal()) {
      return List.of();
    }
    return proposedIds(campaign).stream().map(id -> em.find(MineApplication.class, id)).toList();
  }

  /** Anyone may object during the notice period; the filer's identity is kept from the public. */
  @PermitAll
  public Objection object(
      long applicationId,
      String name,
      String contact,
      String reason,
      String evidence,
      String clientAddress) {
    MineApplication application = em.find(MineApplication.class, applicationId);
    if (application == null || !proposedIds(application.getCampaign()).contains(applicationId)) {
      throw new NotFound("selection.application.notFound");
    }
    LocalDate today = time.today();
    if (!application.getCampaign().isNoticeOpenOn(today)) {
      throw new InvalidInput("selection.objection.closed");
    }
    if (blank(name) || blank(contact) || blank(reason)) {
      throw new InvalidInput("selection.objection.required");
    }
    if (reason.length() > 4000 || (evidence != null && evidence.length() > 4000)) {
      throw new InvalidInput("selection.objection.tooLong");
    }
    throttle.admit(clientAddress);
    Objection objection =
        new Objection(
            application,
            name.strip(),
            contact.strip(),
            reason.strip(),
            blank(evidence) ? null : evidence.strip(),
            time.now());
    em.persist(objection);
    em.flush();
    audit.record(
        "objection.filed",
        "application:" + applicationId,
        Map.of("objection", String.valueOf(objection.getId())));
    return objection;
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<Objection> objections(long campaignId) {
    Campaign campaign = campaign(campaignId);
    scope.checkCurator(campaign);
    return em.createQuery(
            "SELECT o FROM Objection o WHERE o.application.campaign = :c ORDER BY o.id",
            Objection.class)
        .setParameter("c", campaign)
        .getResultList();
  }

  /** Upheld: the application leaves the list, with the reason shown publicly. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public Objection resolve(long objectionId, boolean upheld, String resolution) {
    Objection objection = em.find(Objection.class, objectionId);
    if (objection == null) {
      throw new NotFound("selection.objection.notFound");
    }
    scope.checkCurator(objection.getApplication().getCampaign());
    if (objection.getState() != ObjectionState.FILED) {
      throw new InvalidInput("selection.objection.resolved");
    }
    if (blank(resolution)) {
      throw new InvalidInput("selection.objection.resolution");
    }
    objection.resolve(
        upheld, resolution.strip(), session.getCallerPrincipal().getName(), time.now());
    if (upheld) {
      objection.getApplication().remove(resolution.strip());
    }
    audit.record(
        "objection.resolved", "objection:" + objectionId, Map.of("upheld", String.valueOf(upheld)));
    return objection;
  }

  /**
   * After the notice period: every proposed application not removed is awarded, with a certificate
   * number, and enters the red list.
   */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<Award> finalise(long campaignId) {
    Campaign campaign = campaign(campaignId);
    scope.checkCurator(campaign);
    if (campaign.getState() != CampaignState.PUBLIC_NOTICE) {
      throw new InvalidInput("selection.campaign.state", campaign.getState());
    }
    LocalDate today = time.today();
    if (!today.isAfter(campaign.getNoticeCloses())) {
      throw new InvalidInput("selection.notice.running", campaign.getNoticeCloses());
    }
    boolean unresolved =
        objections(campaignId).stream().anyMatch(o -> o.getState() == ObjectionState.FILED);
    if (unresolved) {
      throw new InvalidInput("selection.objection.unresolved");
    }
    var principal = session.getCallerPrincipal();
    awardIssuer.issue(campaign, proposed(campaignId), principal.getName());
    return awards(campaignId);
  }

  @PermitAll
  public List<Award> awards(long campaignId) {
    return em.createQuery(
            "SELECT a FROM Award a WHERE a.campaign.id = :c ORDER BY a.certificateNo", Award.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  /** The applications the last released round advanced (or passed). */
  private List<Long> proposedIds(Campaign campaign) {
    SelectionRound last =
        em.createQuery(
                "SELECT r FROM SelectionRound r WHERE r.campaign = :c AND r.releasedAt IS NOT NULL"
                    + " ORDER BY r.number DESC",
                SelectionRound.class)
            .setParameter("c", campaign)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (last == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r.applicationId FROM RoundResult r WHERE r.roundId = :id"
                + " AND r.outcome = :advanced ORDER BY r.rank, r.applicationId",
            Long.class)
        .setParameter("id", last.getId())
        .setParameter("advanced", Outcome.ADVANCED)
        .getResultList();
  }

  private Campaign campaign(long id) {
    Campaign campaign = em.find(Campaign.class, id);
    if (campaign == null) {
      throw new NotFound("selection.campaign.notFound");
    }
    return campaign;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
