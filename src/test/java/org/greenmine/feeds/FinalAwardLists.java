package org.greenmine.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.selection.control.AwardIssuer;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.MineScale;
import org.greenmine.technology.entity.MiningMethod;

/**
 * Seeds a campaign whose award list is final, straight into the database, through the portal's own
 * {@link AwardIssuer}: the whole selection (applications, rounds, ballots, a public notice) is what
 * SelectionIT walks through; the feeds only need its outcome.
 */
@ApplicationScoped
public class FinalAwardLists {
  @PersistenceContext EntityManager em;
  @Inject AssociationRegistry associations;
  @Inject AwardIssuer issuer;

  /** A final campaign of the association with these mines awarded; returns its address name. */
  @Transactional
  public String create(
      String associationCode, int year, String titleZh, String titleEn, List<String> mines) {
    String slug = "feed-test-" + UUID.randomUUID().toString().substring(0, 8);
    Campaign campaign =
        new Campaign(
            slug,
            associations.byCode(associationCode).orElseThrow(),
            year,
            titleZh,
            titleEn,
            LocalDate.of(year, 3, 1),
            LocalDate.of(year, 4, 30),
            LocalDate.of(year, 6, 30),
            null,
            true);
    em.persist(campaign);
    var region = associations.region(new RegionCode("370685")).orElseThrow();
    List<MineApplication> proposed = new ArrayList<>();
    for (int i = 0; i < mines.size(); i++) {
      MineApplication application =
          new MineApplication(
              campaign,
              "feed-test",
              mines.get(i),
              "测试矿业有限公司 " + i,
              "91370685MA00000%02dX".formatted(i),
              region,
              "gold",
              MiningMethod.UNDERGROUND,
              MineScale.MEDIUM,
              new MineApplication.Declarations(
                  "C37000020110" + i,
                  LocalDate.of(year + 10, 12, 31),
                  null,
                  null,
                  false,
                  BigDecimal.TEN,
                  false),
              Instant.now());
      em.persist(application);
      proposed.add(application);
    }
    em.flush();
    issuer.issue(campaign, proposed, AuditLog.SYSTEM);
    return slug;
  }
}
