package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.selection.entity.RedListEntry;
import org.greenmine.selection.entity.RedListEvent;
import org.greenmine.selection.entity.RedListStatus;

/**
 * The red list of mines that meet the green-mine standards: entries come from final award lists,
 * and curators manage them over time (suspend with a period to fix, remove, reinstate), each change
 * with its reason and date kept in the entry's history and the audit log.
 */
@Stateless
public class RedList {
  static final int MAX_RESULTS = 1000;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AuditLog audit;
  @Inject PortalClock time;

  /**
   * Changes an entry's standing: a suspension needs the date by which to fix, every change a
   * reason. Removal is final; a suspended entry may be reinstated or removed.
   */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public RedListEntry change(long entryId, RedListStatus next, String reason, LocalDate fixBy) {
    RedListEntry entry = em.find(RedListEntry.class, entryId);
    if (entry == null) {
      throw new NotFound("redlist.notFound");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("redlist.reason");
    }
    boolean allowed =
        switch (entry.getStatus()) {
          case LISTED -> next == RedListStatus.SUSPENDED || next == RedListStatus.REMOVED;
          case SUSPENDED -> next == RedListStatus.LISTED || next == RedListStatus.REMOVED;
          case REMOVED -> false;
        };
    if (!allowed) {
      throw new InvalidInput("redlist.transition", entry.getStatus(), next);
    }
    LocalDate today = time.today();
    if (next == RedListStatus.SUSPENDED && (fixBy == null || !fixBy.isAfter(today))) {
      throw new InvalidInput("redlist.fixBy");
    }
    entry.change(next, reason.strip(), today, next == RedListStatus.SUSPENDED ? fixBy : null);
    em.persist(new RedListEvent(entry, next, reason.strip(), today, caller(), time.now()));
    audit.record(
        "redlist.changed",
        "redlist:" + entryId,
        Map.of("status", next.name(), "reason", reason.strip()));
    return entry;
  }

  /**
   * Public search: words in the mine, enterprise or credit code; removed entries only on request.
   */
  @PermitAll
  public List<RedListEntry> search(String words, String provinceCode, Integer year, boolean all) {
    String like =
        words == null || words.isBlank()
            ? null
            : "%" + words.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    boolean byProvince = provinceCode != null && !provinceCode.isBlank();
    // only the conditions that apply: "(:p IS NULL OR …)" with a null parameter is refused by
    // PostgreSQL, which cannot tell the null's type
    StringBuilder jpql = new StringBuilder("SELECT e FROM RedListEntry e WHERE 1 = 1");
    if (like != null) {
      jpql.append(
          " AND (LOWER(e.mineName) LIKE :like OR LOWER(e.enterprise) LIKE :like"
              + " OR LOWER(e.creditCode) LIKE :like)");
    }
    if (byProvince) {
      jpql.append(" AND e.provinceCode = :province");
    }
    if (year != null) {
      jpql.append(" AND e.year = :year");
    }
    if (!all) {
      jpql.append(" AND e.status <> :removed");
    }
    TypedQuery<RedListEntry> query =
        em.createQuery(jpql + " ORDER BY e.year DESC, e.certificateNo", RedListEntry.class);
    if (like != null) {
      query.setParameter("like", like);
    }
    if (byProvince) {
      query.setParameter("province", provinceCode);
    }
    if (year != null) {
      query.setParameter("year", year);
    }
    if (!all) {
      query.setParameter("removed", RedListStatus.REMOVED);
    }
    return query.setMaxResults(MAX_RESULTS).getResultList();
  }

  @PermitAll
  public List<RedListEvent> history(long entryId) {
    return em.createQuery(
            "SELECT e FROM RedListEvent e WHERE e.entry.id = :id ORDER BY e.recordedAt, e.id",
            RedListEvent.class)
        .setParameter("id", entryId)
        .getResultList();
  }

  private String caller() {
    var principal = session.getCallerPrincipal();
    return principal == null ? "system" : principal.getName();
  }
}
