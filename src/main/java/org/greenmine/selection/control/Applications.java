package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.Region;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.Criterion;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.MineScale;
import org.greenmine.selection.entity.SelfAssessment;
import org.greenmine.technology.entity.MiningMethod;

/**
 * Applications to a campaign: members apply for a mine within the window, with a self-assessment
 * for every criterion item; the campaign's curators decide eligibility with a reason the applicant
 * sees. The rules are checked here, whatever page or API calls.
 */
@Stateless
public class Applications {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AssociationRegistry associations;
  @Inject CampaignScope scope;
  @Inject AuditLog audit;
  @Inject PortalClock time;
  @Inject Event<EligibilityDecided> decided;

  /** What an applicant submits. */
  public record Form(
      String mineName,
      String enterprise,
      String creditCode,
      String regionCode,
      String mineral,
      MiningMethod miningMethod,
      MineScale scale,
      MineApplication.Declarations declarations,
      Map<String, BigDecimal> scores,
      Map<String, String> evidence) {}

  @RolesAllowed({"MEMBER", "CURATOR", "EXPERT", "ADMIN"})
  public MineApplication apply(long campaignId, Form form) {
    Campaign campaign = campaign(campaignId);
    LocalDate today = time.today();
    if (!campaign.acceptsApplicationsOn(today)) {
      throw new InvalidInput(
          "selection.apply.closed",
          campaign.getApplicationsOpen(),
          campaign.getApplicationsClose());
    }
    String creditCode = creditCode(form.creditCode());
    Region region = region(form.regionCode());
    required(form.mineName(), "selection.apply.mineName");
    required(form.enterprise(), "selection.apply.enterprise");
    required(form.mineral(), "selection.apply.mineral");
    if (form.miningMethod() == null || form.scale() == null) {
      throw new InvalidInput("selection.apply.method");
    }
    MineApplication.Declarations declared = form.declarations();
    if (declared == null
        || declared.licenceNumber() == null
        || declared.licenceNumber().isBlank()
        || declared.licenceValidUntil() == null
        || declared.reserveYears() == null
        || declared.reserveYears().signum() < 0) {
      throw new InvalidInput("selection.apply.prerequisites");
    }
    List<Criterion> items = scope.items(campaign);
    for (Criterion item : items) {
      BigDecimal score = form.scores().get(item.getCode());
      if (score == null || score.signum() < 0 || score.compareTo(item.getMaxPoints()) > 0) {
        throw new InvalidInput(
            "selection.score.range", item.getCode(), item.getMaxPoints().stripTrailingZeros());
      }
      String evidence = form.evidence().get(item.getCode());
      if (evidence == null || evidence.isBlank()) {
        throw new InvalidInput("selection.apply.evidence", item.getCode());
      }
    }
    boolean duplicate =
        !em.createQuery(
                "SELECT a.id FROM MineApplication a WHERE a.campaign = :c"
                    + " AND a.creditCode = :code AND a.mineName = :mine")
            .setParameter("c", campaign)
            .setParameter("code", creditCode)
            .setParameter("mine", form.mineName().strip())
            .getResultList()
            .isEmpty();
    if (duplicate) {
      throw new InvalidInput("selection.apply.duplicate");
    }
    MineApplication application =
        new MineApplication(
            campaign,
            caller(),
            form.mineName().strip(),
            form.enterprise().strip(),
            creditCode,
            region,
            form.mineral().strip(),
            form.miningMethod(),
            form.scale(),
            declared,
            time.now());
    em.persist(application);
    for (Criterion item : items) {
      em.persist(
          new SelfAssessment(
              application,
              item.getCode(),
              form.scores().get(item.getCode()),
              form.evidence().get(item.getCode()).strip()));
    }
    em.flush();
    audit.record(
        "application.submitted",
        "application:" + application.getId(),
        Map.of("campaign", campaign.getSlug(), "mine", application.getMineName()));
    return application;
  }

  /** The caller's own applications, with their standing and the curators' reasons. */
  @RolesAllowed({"MEMBER", "CURATOR", "EXPERT", "ADMIN"})
  public List<MineApplication> mine() {
    return em.createQuery(
            "SELECT a FROM MineApplication a WHERE a.applicant = :me ORDER BY a.id DESC",
            MineApplication.class)
        .setParameter("me", caller())
        .getResultList();
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<MineApplication> ofCampaign(long campaignId) {
    Campaign campaign = campaign(campaignId);
    scope.checkCurator(campaign);
    return em.createQuery(
            "SELECT a FROM MineApplication a WHERE a.campaign = :c ORDER BY a.id",
            MineApplication.class)
        .setParameter("c", campaign)
        .getResultList();
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<SelfAssessment> selfAssessment(long applicationId) {
    MineApplication application = load(applicationId);
    scope.checkCurator(application.getCampaign());
    return em.createQuery(
            "SELECT s FROM SelfAssessment s WHERE s.application = :a ORDER BY s.criterionCode",
            SelfAssessment.class)
        .setParameter("a", application)
        .getResultList();
  }

  /** The curator's check of the prerequisites: a reason is required when refusing. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public MineApplication decideEligibility(long applicationId, boolean eligible, String reason) {
    MineApplication application = load(applicationId);
    scope.checkCurator(application.getCampaign());
    if (application.getState() != ApplicationState.SUBMITTED
        && application.getState() != ApplicationState.ELIGIBLE
        && application.getState() != ApplicationState.INELIGIBLE) {
      throw new InvalidInput("selection.eligibility.late");
    }
    if (!eligible && (reason == null || reason.isBlank())) {
      throw new InvalidInput("selection.eligibility.reason");
    }
    application.decideEligibility(eligible, reason == null ? null : reason.strip());
    audit.record(
        "application.eligibility",
        "application:" + applicationId,
        Map.of("eligible", String.valueOf(eligible), "reason", reason == null ? "" : reason));
    decided.fire(
        new EligibilityDecided(
            application.getId(),
            application.getApplicant(),
            application.getMineName(),
            application.getCampaign().getTitleZh(),
            application.getCampaign().getTitleEn(),
            eligible,
            application.getReason()));
    return application;
  }

  /** The prerequisites the application does not meet by its own declarations, with details. */
  @PermitAll
  public List<Eligibility.Unmet> unmetPrerequisites(MineApplication a) {
    MineApplication.Declarations d = a.getDeclarations();
    return Eligibility.check(
        new Eligibility.Prerequisites(
            List.of(
                new Eligibility.Licence(
                    Eligibility.LicenceKind.MINING, d.licenceNumber(), d.licenceValidUntil())),
            d.latestPenalty(),
            d.latestMajorAccident(),
            d.onAbnormalList(),
            d.reserveYears(),
            d.protectedAreaOverlap()),
        time.today());
  }

  MineApplication load(long id) {
    MineApplication application = em.find(MineApplication.class, id);
    if (application == null) {
      throw new NotFound("selection.application.notFound");
    }
    return application;
  }

  private Campaign campaign(long id) {
    Campaign campaign = em.find(Campaign.class, id);
    if (campaign == null) {
      throw new NotFound("selection.campaign.notFound");
    }
    return campaign;
  }

  private Region region(String code) {
    try {
      return associations
          .region(new RegionCode(code == null ? "" : code.strip()))
          .orElseThrow(() -> new InvalidInput("selection.apply.region", code));
    } catch (InvalidInput e) {
      throw new InvalidInput("selection.apply.region", code);
    }
  }

  private static String creditCode(String text) {
    return UnifiedSocialCreditCode.parse(text == null ? "" : text.strip()).value();
  }

  private static void required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(key);
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
