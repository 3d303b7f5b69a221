package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.DocumentKind;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.search.control.IndexDocument;
import org.greenmine.search.control.IndexOutbox;
import org.greenmine.search.control.IndexSource;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardNumber;
import org.greenmine.technology.entity.Technology;
import org.jsoup.Jsoup;

/**
 * Knowledge content as the search index sees it. A change is queued in the index outbox inside the
 * transaction that makes it (the observer is synchronous), so the two commit together; the search
 * worker later asks here for the item's current document.
 */
@ApplicationScoped
public class SearchFeed implements IndexSource {
  private static final List<Class<? extends Document>> KINDS =
      List.of(Standard.class, Technology.class, CaseStudy.class, NewsItem.class);

  @PersistenceContext EntityManager em;
  @Inject IndexOutbox outbox;

  void changed(@Observes ContentChanged change) {
    outbox.enqueue(key(change.kind(), change.documentId()));
  }

  static String key(DocumentKind kind, long documentId) {
    return kind.indexKind() + "-" + documentId;
  }

  @Override
  @Transactional
  public Optional<IndexDocument> document(String key) {
    long id;
    try {
      id = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Document document = em.find(Document.class, id);
    if (document == null || !document.isPublished() || !key.equals(key(document))) {
      return Optional.empty();
    }
    return Optional.of(indexed(document));
  }

  @Override
  @Transactional
  public Batch publishedAfter(long afterPosition, int size) {
    List<Document> page =
        em.createQuery(
                "SELECT d FROM Document d WHERE d.state = :state AND d.id > :after ORDER BY d.id",
                Document.class)
            .setParameter("state", PublicationState.PUBLISHED)
            .setParameter("after", afterPosition)
            .setMaxResults(size)
            .getResultList();
    List<IndexDocument> documents = new ArrayList<>(page.size());
    long last = afterPosition;
    for (Document d : page) {
      documents.add(indexed(d));
      last = d.getId();
    }
    em.clear();
    return new Batch(documents, last);
  }

  @Override
  @Transactional
  public long publishedCount() {
    return em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.state = :state", Long.class)
        .setParameter("state", PublicationState.PUBLISHED)
        .getSingleResult();
  }

  @Override
  @Transactional
  public Map<String, String> publishedStamps() {
    Map<String, String> stamps = new LinkedHashMap<>();
    for (Class<? extends Document> kind : KINDS) {
      DocumentKind documentKind = kindOf(kind);
      em.createQuery(
              "SELECT d.id, d.version FROM "
                  + kind.getSimpleName()
                  + " d WHERE d.state = :state ORDER BY d.id",
              Object[].class)
          .setParameter("state", PublicationState.PUBLISHED)
          .getResultList()
          .forEach(
              row ->
                  stamps.put(
                      key(documentKind, ((Number) row[0]).longValue()),
                      String.valueOf(((Number) row[1]).longValue())));
    }
    return stamps;
  }

  private static DocumentKind kindOf(Class<? extends Document> kind) {
    if (kind == Standard.class) {
      return DocumentKind.STANDARD;
    } else if (kind == Technology.class) {
      return DocumentKind.TECHNOLOGY;
    } else if (kind == CaseStudy.class) {
      return DocumentKind.CASE;
    }
    return DocumentKind.NEWS;
  }

  /** The item's id in the search index. */
  public static String key(Document d) {
    return key(d.kind(), d.getId());
  }

  static IndexDocument indexed(Document d) {
    BilingualText text = BilingualText.split(Jsoup.parse(d.getBodyHtml()).wholeText());
    Map<String, List<String>> facets = new HashMap<>();
    facets.put("association", List.of(d.getAssociation().getCode()));
    if (d.getAssociation().getRegion() != null) {
      facets.put("province", List.of(d.getAssociation().getRegion().code().province().value()));
    }
    Integer year = null;
    if (d instanceof Standard s) {
      facets.put("code", List.of(s.getCode()));
      facets.put("stage", List.of(s.getStage().name()));
      year = StandardNumber.parse(s.getCode()).year();
    } else if (d instanceof Technology t) {
      facets.put("category", List.of(t.getCategory().name()));
      facets.put("minerals", t.getMinerals());
      facets.put("mining_method", List.of(t.getMiningMethod().name()));
      facets.put("maturity", List.of(t.getMaturity().name()));
      if (t.getBatch() != null && t.getBatch().matches("\\d{4}")) {
        year = Integer.valueOf(t.getBatch());
      }
    } else if (d instanceof CaseStudy c) {
      if (c.getMiningMethod() != null) {
        facets.put("mining_method", List.of(c.getMiningMethod().name()));
      }
      if (c.getRegion() != null) {
        facets.put("province", List.of(c.getRegion().code().province().value()));
      }
      if (c.getMineral() != null) {
        facets.put("minerals", List.of(c.getMineral()));
      }
      year = c.getYear();
    } else if (d instanceof NewsItem n && n.getPublishedOn() != null) {
      year = n.getPublishedOn().getYear();
    }
    if (year == null && d.getPublishedAt() != null) {
      year = d.getPublishedAt().atZone(ZoneOffset.UTC).getYear();
    }
    if (year != null) {
      facets.put("year", List.of(String.valueOf(year)));
    }
    facets.values().removeIf(List::isEmpty);
    return new IndexDocument(
        key(d),
        d.kind().indexKind(),
        d.url(),
        d.getTitleZh(),
        d.getTitleEn(),
        join(d.getSummaryZh(), text.chinese()),
        join(d.getSummaryEn(), text.english()),
        facets,
        String.valueOf(d.getVersion()),
        d.getPublishedAt());
  }

  private static String join(String summary, String body) {
    return summary == null ? body : summary + "\n" + body;
  }
}
