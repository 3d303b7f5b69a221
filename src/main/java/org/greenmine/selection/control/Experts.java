package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Role;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.ConflictOfInterest;
import org.greenmine.selection.entity.ConflictSource;
import org.greenmine.selection.entity.Expert;
import org.greenmine.selection.entity.MineApplication;

/**
 * The expert registry and conflicts of interest: found by the rules (same enterprise or group by
 * credit code, same province where the campaign says so), declared by the expert, or added by a
 * curator. A conflict, once recorded, keeps the expert away from the application for good.
 */
@Stateless
public class Experts {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AccountDirectory accounts;
  @Inject CampaignScope scope;
  @Inject AuditLog audit;

  /** A new expert: an account with the EXPERT role and what the conflict rules need. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public Expert register(
      String username,
      String displayName,
      String affiliation,
      String affiliationCreditCode,
      List<String> groupCreditCodes,
      String provinceCode,
      List<String> expertise) {
    if (blank(displayName) || blank(affiliation)) {
      throw new InvalidInput("selection.expert.required");
    }
    var account =
        accounts
            .findByUsername(username == null ? "" : username.strip())
            .orElseThrow(() -> new InvalidInput("selection.expert.account", username));
    if (!account.getRoles().contains(Role.EXPERT)) {
      throw new InvalidInput("selection.expert.role", username);
    }
    if (!em.createQuery("SELECT e FROM Expert e WHERE e.username = :u")
        .setParameter("u", account.getUsername())
        .getResultList()
        .isEmpty()) {
      throw new InvalidInput("selection.expert.exists", username);
    }
    List<String> group = new ArrayList<>();
    for (String code : groupCreditCodes) {
      group.add(UnifiedSocialCreditCode.parse(code.strip()).value());
    }
    String own =
        affiliationCreditCode == null || affiliationCreditCode.isBlank()
            ? null
            : UnifiedSocialCreditCode.parse(affiliationCreditCode.strip()).value();
    Expert expert =
        new Expert(
            account.getUsername(),
            displayName.strip(),
            affiliation.strip(),
            own,
            group,
            provinceCode,
            expertise);
    em.persist(expert);
    em.flush();
    audit.record("expert.registered", "expert:" + expert.getId(), Map.of("username", username));
    return expert;
  }

  @PermitAll
  public List<Expert> all() {
    return em.createQuery("SELECT e FROM Expert e ORDER BY e.id", Expert.class).getResultList();
  }

  /** The logged-in expert's own registry entry. */
  @RolesAllowed("EXPERT")
  public Expert caller() {
    String me = session.getCallerPrincipal().getName();
    return em.createQuery("SELECT e FROM Expert e WHERE e.username = :u", Expert.class)
        .setParameter("u", me)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("selection.expert.notRegistered"));
  }

  @PermitAll
  public boolean conflicted(Expert expert, MineApplication application) {
    return !em.createQuery(
            "SELECT c.id FROM ConflictOfInterest c WHERE c.expert = :e AND c.application = :a")
        .setParameter("e", expert)
        .setParameter("a", application)
        .getResultList()
        .isEmpty();
  }

  /** Runs the rules over every eligible application and expert; returns the conflicts added. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public int detect(long campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId);
    if (campaign == null) {
      throw new NotFound("selection.campaign.notFound");
    }
    scope.checkCurator(campaign);
    int added = 0;
    List<MineApplication> applications =
        em.createQuery(
                "SELECT a FROM MineApplication a WHERE a.campaign = :c AND a.state = :s",
                MineApplication.class)
            .setParameter("c", campaign)
            .setParameter("s", ApplicationState.ELIGIBLE)
            .getResultList();
    for (Expert expert : all()) {
      for (MineApplication application : applications) {
        List<String> reasons = ConflictCheck.reasons(expert, application, campaign);
        if (!reasons.isEmpty() && !has(expert, application, ConflictSource.AUTOMATIC)) {
          em.persist(
              new ConflictOfInterest(
                  expert,
                  application,
                  ConflictSource.AUTOMATIC,
                  String.join("; ", reasons),
                  "system"));
          added++;
        }
      }
    }
    em.flush();
    audit.record(
        "conflicts.detected", "campaign:" + campaignId, Map.of("added", String.valueOf(added)));
    return added;
  }

  /** An expert declares a conflict with an application, with the reason. */
  @RolesAllowed("EXPERT")
  public ConflictOfInterest declare(long applicationId, String reason) {
    return record(caller(), applicationId, ConflictSource.DECLARED_BY_EXPERT, reason);
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public ConflictOfInterest add(long expertId, long applicationId, String reason) {
    Expert expert = em.find(Expert.class, expertId);
    if (expert == null) {
      throw new NotFound("selection.expert.notFound");
    }
    MineApplication application = application(applicationId);
    scope.checkCurator(application.getCampaign());
    return record(expert, applicationId, ConflictSource.ADDED_BY_CURATOR, reason);
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<ConflictOfInterest> ofCampaign(long campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId);
    if (campaign == null) {
      throw new NotFound("selection.campaign.notFound");
    }
    scope.checkCurator(campaign);
    return em.createNamedQuery(ConflictOfInterest.OF_CAMPAIGN, ConflictOfInterest.class)
        .setParameter("campaign", campaign)
        .getResultList();
  }

  private ConflictOfInterest record(
      Expert expert, long applicationId, ConflictSource source, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("selection.conflict.reason");
    }
    MineApplication application = application(applicationId);
    if (has(expert, application, source)) {
      throw new InvalidInput("selection.conflict.exists");
    }
    ConflictOfInterest conflict =
        new ConflictOfInterest(
            expert, application, source, reason.strip(), session.getCallerPrincipal().getName());
    em.persist(conflict);
    em.flush();
    audit.record(
        "conflict.recorded",
        "application:" + applicationId,
        Map.of("expert", expert.getUsername(), "source", source.name()));
    return conflict;
  }

  private boolean has(Expert expert, MineApplication application, ConflictSource source) {
    return !em.createQuery(
            "SELECT c.id FROM ConflictOfInterest c WHERE c.expert = :e AND c.application = :a"
                + " AND c.source = :s")
        .setParameter("e", expert)
        .setParameter("a", application)
        .setParameter("s", source)
        .getResultList()
        .isEmpty();
  }

  private MineApplication application(long id) {
    MineApplication application = em.find(MineApplication.class, id);
    if (application == null) {
      throw new NotFound("selection.application.notFound");
    }
    return application;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
