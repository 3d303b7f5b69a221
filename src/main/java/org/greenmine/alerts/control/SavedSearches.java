package org.greenmine.alerts.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.greenmine.alerts.entity.DigestFrequency;
import org.greenmine.alerts.entity.SavedSearch;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;

/**
 * A member's saved searches: saved from the search page's criteria (read back and bounded as the
 * page reads its URL), listed, deleted; and unsubscribed by the token in a digest, without a login.
 */
@Stateless
public class SavedSearches {
  public static final int MAX_PER_MEMBER = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject PortalClock time;

  /**
   * The search's canonical criteria: what the search page's URL would say, without order or page.
   */
  public static String canonical(String queryString) {
    return new SearchLink(SearchLink.parse(queryString, SearchQuery.MAX_SIZE)).criteria();
  }

  /** Saves the caller's search, or changes the frequency of the same search saved before. */
  @RolesAllowed({"MEMBER", "EXPERT", "CURATOR", "ADMIN"})
  public SavedSearch save(String queryString, DigestFrequency frequency) {
    String criteria = canonical(queryString);
    if (criteria.isEmpty()) {
      throw new InvalidInput("mail.alerts.empty");
    }
    if (frequency == null) {
      throw new InvalidInput("mail.alerts.frequency.missing");
    }
    List<SavedSearch> own = mine();
    for (SavedSearch search : own) {
      if (search.getCriteria().equals(criteria)) {
        search.changeFrequency(frequency);
        return search;
      }
    }
    if (own.size() >= MAX_PER_MEMBER) {
      throw new InvalidInput("mail.alerts.limit", MAX_PER_MEMBER);
    }
    SavedSearch search =
        new SavedSearch(
            caller(),
            criteria,
            frequency,
            time.now().toEpochMilli(),
            System.currentTimeMillis(),
            newToken());
    em.persist(search);
    return search;
  }

  @RolesAllowed({"MEMBER", "EXPERT", "CURATOR", "ADMIN"})
  public List<SavedSearch> mine() {
    return em.createQuery(
            "SELECT s FROM SavedSearch s WHERE s.owner = :me ORDER BY s.id", SavedSearch.class)
        .setParameter("me", caller())
        .getResultList();
  }

  /** Deletes one of the caller's own saved searches. */
  @RolesAllowed({"MEMBER", "EXPERT", "CURATOR", "ADMIN"})
  public void delete(long id) {
    SavedSearch search = em.find(SavedSearch.class, id);
    if (search == null || !search.getOwner().equals(caller())) {
      throw new NotFound("mail.alerts.notFound");
    }
    em.remove(search);
  }

  /** The saved search a digest's unsubscribe link names, if it still exists. */
  @PermitAll
  public Optional<SavedSearch> byToken(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT s FROM SavedSearch s WHERE s.unsubscribeToken = :token", SavedSearch.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  /** Deletes the saved search of this token; false when there is none (any more). */
  @PermitAll
  public boolean unsubscribe(String token) {
    Optional<SavedSearch> search = byToken(token);
    search.ifPresent(em::remove);
    return search.isPresent();
  }

  static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
