package org.greenmine.alerts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greenmine.alerts.entity.SavedSearch;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.notify.control.Notifications;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;

/** The digest of one member: the searches, the new items of each, the mail, in one transaction. */
@ApplicationScoped
public class Digests {
  @PersistenceContext EntityManager em;
  @Inject SearchIndex index;
  @Inject Notifications notifications;
  @Inject AccountDirectory accounts;

  /** A saved search whose digest is due. */
  public record Due(long id, String owner) {}

  @Transactional
  public List<Due> due(long now) {
    List<Due> due = new ArrayList<>();
    for (SavedSearch s :
        em.createQuery("SELECT s FROM SavedSearch s ORDER BY s.owner, s.id", SavedSearch.class)
            .getResultList()) {
      if (DigestSchedule.due(s.getFrequency(), s.getLastDigestAt(), now)) {
        due.add(new Due(s.getId(), s.getOwner()));
      }
    }
    return due;
  }

  /**
   * Writes the member's digest of these searches, if any has new items, and moves each search on;
   * returns whether a mail was written.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean deliver(String owner, List<Long> searchIds, long now, long coveredUntil) {
    List<DigestText.Section> sections = new ArrayList<>();
    for (Long id : searchIds) {
      SavedSearch search = em.find(SavedSearch.class, id);
      if (search == null) {
        continue; // unsubscribed meanwhile
      }
      em.lock(search, LockModeType.PESSIMISTIC_WRITE);
      if (!DigestSchedule.due(search.getFrequency(), search.getLastDigestAt(), now)) {
        continue;
      }
      SearchQuery criteria = SearchLink.parse(search.getCriteria(), DigestText.SHOWN);
      SearchQuery window =
          new SearchQuery(
                  criteria.text(), criteria.filters(), SearchQuery.Sort.NEWEST, 0, DigestText.SHOWN)
              .publishedBetween(
                  Instant.ofEpochMilli(search.getCoveredUntil()),
                  Instant.ofEpochMilli(coveredUntil));
      SearchHits found = coveredUntil > search.getCoveredUntil() ? index.search(window) : null;
      if (found != null && found.total() > 0) {
        sections.add(
            new DigestText.Section(
                DigestText.describe(criteria),
                found.hits().stream()
                    .map(
                        h ->
                            new DigestText.Item(
                                h.titleZh(), h.titleEn(), notifications.link(h.url())))
                    .toList(),
                found.total(),
                notifications.link("/search?" + search.getCriteria() + "&sort=newest"),
                notifications.link("/alerts/unsubscribe?token=" + search.getUnsubscribeToken())));
      }
      search.digested(now, coveredUntil);
    }
    if (sections.isEmpty()) {
      return false;
    }
    String email = accounts.findByUsername(owner).map(Account::getEmail).orElse(null);
    if (!notifications.validAddress(email)) {
      return false;
    }
    String oneClick = null;
    if (sections.size() == 1) {
      // RFC 8058 one-click: a mail program can unsubscribe a digest of one search by itself
      String link = sections.get(0).unsubscribeUrl();
      oneClick =
          notifications.link(
              "/api/alerts/unsubscribe?token=" + link.substring(link.indexOf("token=") + 6));
    }
    notifications.sendText(
        email,
        DigestText.compose(notifications.text(), sections, notifications.link("/account/alerts")),
        oneClick);
    return true;
  }
}
