package org.greenmine.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.RedListEntry;

/**
 * Puts an application's mine on the red list straight away, for tests of what follows a listing
 * (the awarding that normally leads there is {@code SelectionIT}'s subject).
 */
@ApplicationScoped
public class TestRedList {
  @PersistenceContext EntityManager em;

  /** Lists the mine applied for under this credit code (in-container tests know no ids). */
  @Transactional
  public long list(String creditCode, String certificateNo) {
    MineApplication a =
        em.createQuery(
                "SELECT a FROM MineApplication a WHERE a.creditCode = :c", MineApplication.class)
            .setParameter("c", creditCode)
            .getSingleResult();
    RedListEntry entry =
        new RedListEntry(
            a.getId(),
            a.getMineName(),
            a.getEnterprise(),
            a.getCreditCode(),
            a.getProvinceCode(),
            a.getMineral(),
            a.getCampaign().getYear(),
            certificateNo,
            LocalDate.now());
    em.persist(entry);
    em.flush();
    return entry.getId();
  }
}
