package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.PublicationState;

/**
 * Reading knowledge content. Everything here returns published items only: what anyone may see.
 * Curators reach drafts through {@link ContentEditor}.
 */
@ApplicationScoped
public class ContentCatalog {
  /** Sort keys a list may ask for, mapped to fields; anything else sorts by publication time. */
  public enum SortBy {
    PUBLISHED("publishedAt"),
    TITLE_ZH("titleZh"),
    TITLE_EN("titleEn"),
    SLUG("slug");

    private final String field;

    SortBy(String field) {
      this.field = field;
    }
  }

  /** One page of a published list, optionally of one association, with the total. */
  public record Page<T>(List<T> items, long total) {}

  @PersistenceContext EntityManager em;

  public <T extends Document> Optional<T> published(Class<T> kind, String slug) {
    return em.createQuery(
            "SELECT d FROM "
                + kind.getSimpleName()
                + " d WHERE d.slug = :slug AND d.state = :state",
            kind)
        .setParameter("slug", slug)
        .setParameter("state", PublicationState.PUBLISHED)
        .getResultStream()
        .findFirst();
  }

  /**
   * One page of published items. {@code equalTo} filters on fields by value; its keys are field
   * paths chosen by the calling page (never by the user), its values are bound as parameters.
   */
  public <T extends Document> Page<T> publishedPage(
      Class<T> kind,
      int first,
      int size,
      SortBy sort,
      boolean ascending,
      Map<String, Object> equalTo) {
    String entity = kind.getSimpleName();
    StringBuilder where = new StringBuilder(" WHERE d.state = :state");
    int n = 0;
    for (String field : equalTo.keySet()) {
      if (!field.matches("[a-zA-Z.]+")) {
        throw new IllegalArgumentException(field);
      }
      where.append(" AND d.").append(field).append(" = :p").append(n++);
    }
    var list =
        em.createQuery(
                "SELECT d FROM "
                    + entity
                    + " d"
                    + where
                    + " ORDER BY d."
                    + (sort == null ? SortBy.PUBLISHED : sort).field
                    + (ascending ? " ASC" : " DESC")
                    + ", d.id",
                kind)
            .setParameter("state", PublicationState.PUBLISHED)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, 100)));
    var count =
        em.createQuery("SELECT COUNT(d) FROM " + entity + " d" + where, Long.class)
            .setParameter("state", PublicationState.PUBLISHED);
    n = 0;
    for (Object value : equalTo.values()) {
      list.setParameter("p" + n, value);
      count.setParameter("p" + n++, value);
    }
    return new Page<>(list.getResultList(), count.getSingleResult());
  }
}
