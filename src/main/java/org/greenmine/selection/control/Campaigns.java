package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.greenmine.association.entity.Association;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalSettings;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;

/**
 * Curators run campaigns of their own association: they create one as a draft, with its schedule,
 * quota, conflict rule and a criteria set from {@code content/selection/}, then open it for
 * applications.
 */
@Stateless
@RolesAllowed({"CURATOR", "ADMIN"})
public class Campaigns {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AccountDirectory accounts;
  @Inject PortalSettings settings;
  @Inject CampaignScope scope;
  @Inject AuditLog audit;

  /** What a curator fills in. {@code criteriaSet}: a CSV name such as {@code indicators-2024}. */
  public record Draft(
      String slug,
      int year,
      String titleZh,
      String titleEn,
      LocalDate applicationsOpen,
      LocalDate applicationsClose,
      LocalDate reviewUntil,
      Integer provinceQuota,
      boolean sameProvinceConflict,
      String criteriaSet) {}

  public Campaign create(Draft d) {
    Association association =
        accounts
            .findByUsername(session.getCallerPrincipal().getName())
            .map(Account::getAssociation)
            .orElseThrow(() -> new InvalidInput("content.curator.noAssociation"));
    if (d.slug() == null || !d.slug().matches("[a-z0-9][a-z0-9-]{2,80}")) {
      throw new InvalidInput("selection.campaign.slug");
    }
    if (blank(d.titleZh()) || blank(d.titleEn())) {
      throw new InvalidInput("content.title.missing");
    }
    if (d.applicationsOpen() == null
        || d.applicationsClose() == null
        || d.reviewUntil() == null
        || d.applicationsClose().isBefore(d.applicationsOpen())
        || d.reviewUntil().isBefore(d.applicationsClose())) {
      throw new InvalidInput("selection.campaign.dates");
    }
    if (d.provinceQuota() != null && d.provinceQuota() < 1) {
      throw new InvalidInput("selection.campaign.quota");
    }
    if (!em.createNamedQuery(Campaign.BY_SLUG, Campaign.class)
        .setParameter("slug", d.slug())
        .getResultList()
        .isEmpty()) {
      throw new InvalidInput("selection.campaign.slugTaken", d.slug());
    }
    String set = d.criteriaSet() == null ? "" : d.criteriaSet().strip();
    Path csv = settings.contentDir().resolve("selection").resolve(set + ".csv");
    if (!set.matches("[a-z0-9-]{1,60}") || !Files.isRegularFile(csv)) {
      throw new InvalidInput("selection.campaign.criteria", set);
    }
    CriteriaTree tree = CampaignSeed.criteriaSet(csv);
    Campaign campaign =
        new Campaign(
            d.slug(),
            association,
            d.year(),
            d.titleZh().strip(),
            d.titleEn().strip(),
            d.applicationsOpen(),
            d.applicationsClose(),
            d.reviewUntil(),
            d.provinceQuota(),
            d.sameProvinceConflict());
    em.persist(campaign);
    CampaignSeed.storeCriteria(em, campaign, tree);
    em.flush();
    audit.record(
        "campaign.created",
        "campaign:" + campaign.getId(),
        Map.of("slug", campaign.getSlug(), "criteria", set));
    return campaign;
  }

  /** Opens a draft campaign for applications (they are still taken only within the window). */
  public Campaign openApplications(long campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId);
    if (campaign == null) {
      throw new NotFound("selection.campaign.notFound");
    }
    scope.checkCurator(campaign);
    if (campaign.getState() != CampaignState.DRAFT) {
      throw new InvalidInput("selection.campaign.state", campaign.getState());
    }
    campaign.moveTo(CampaignState.APPLICATIONS_OPEN);
    audit.record("campaign.opened", "campaign:" + campaignId, Map.of());
    return campaign;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
