package org.greenmine.selection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.Association;
import org.greenmine.content.control.ContentFiles;
import org.greenmine.content.control.FrontMatterDocument;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.platform.control.PortalSettings;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.Criterion;

/**
 * Loads the campaigns in {@code content/selection/*.md}, each with its criteria tree from the CSV
 * it names, once: a campaign already present is left as it is. A campaign whose application window
 * includes today opens for applications.
 */
@ApplicationScoped
public class CampaignSeed {
  private static final Logger LOG = Logger.getLogger(CampaignSeed.class.getName());

  /** The 2024 national indicators add up to 100 points. */
  static final BigDecimal CRITERIA_TOTAL = BigDecimal.valueOf(100);

  @PersistenceContext EntityManager em;
  @Inject AssociationRegistry associations;
  @Inject PortalSettings settings;

  /** Through the proxy, so that each campaign is stored in a transaction of its own. */
  @Inject CampaignSeed self;

  public int importAll() {
    Path folder = settings.contentDir().resolve("selection");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int added = 0;
    for (Path file : ContentFiles.markdownFiles(folder)) {
      try {
        added += self.importCampaign(folder, file) ? 1 : 0;
      } catch (RuntimeException e) {
        // a bad seed file is reported and skipped; it never stops the portal from starting
        String reason = e instanceof PortalFailure ? e.getMessage() : e.toString();
        LOG.warning(() -> "Seed campaign " + file.getFileName() + " refused: " + reason);
      }
    }
    return added;
  }

  @Transactional
  public boolean importCampaign(Path folder, Path file) {
    FrontMatterDocument doc =
        FrontMatterDocument.parse(ContentFiles.read(file), "selection/" + file.getFileName());
    String slug = doc.required("slug");
    if (!em.createNamedQuery(Campaign.BY_SLUG, Campaign.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty()) {
      return false;
    }
    String code = doc.required("association");
    Association association =
        associations.byCode(code).orElseThrow(() -> doc.invalid("association", code));
    CriteriaTree tree = criteriaSet(folder.resolve(doc.required("criteria")));
    Campaign campaign =
        new Campaign(
            slug,
            association,
            doc.number("year"),
            doc.required("title_zh"),
            doc.required("title_en"),
            doc.date("applications_open"),
            doc.date("applications_close"),
            doc.date("review_until"),
            doc.number("province_quota"),
            doc.flag("same_province_conflict"));
    if (campaign.getApplicationsOpen().isBefore(LocalDate.now().plusDays(1))) {
      campaign.moveTo(CampaignState.APPLICATIONS_OPEN);
    }
    em.persist(campaign);
    storeCriteria(em, campaign, tree);
    return true;
  }

  /** A criteria set of the content folder, such as {@code indicators-2024.csv}, checked whole. */
  static CriteriaTree criteriaSet(Path csv) {
    return CriteriaTree.fromCsv(new java.io.StringReader(ContentFiles.read(csv)), CRITERIA_TOTAL);
  }

  static void storeCriteria(EntityManager em, Campaign campaign, CriteriaTree tree) {
    int position = 0;
    for (CriteriaTree.Criterion node : tree.all()) {
      em.persist(
          new Criterion(
              campaign,
              node.code(),
              node.parentCode().isEmpty() ? null : node.parentCode(),
              node.level(),
              node.nameZh(),
              node.nameEn(),
              node.maxPoints(),
              position++));
    }
  }

  /** A campaign's stored criteria as the rules' tree (the total they add up to is checked). */
  static CriteriaTree tree(List<Criterion> criteria) {
    return CriteriaTree.of(
        criteria.stream()
            .map(
                c ->
                    new CriteriaTree.Criterion(
                        c.getCode(),
                        c.getParentCode(),
                        c.getLevel(),
                        c.getNameZh(),
                        c.getNameEn(),
                        c.getMaxPoints()))
            .toList(),
        CRITERIA_TOTAL);
  }
}
