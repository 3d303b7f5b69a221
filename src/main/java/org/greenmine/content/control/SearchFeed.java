package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.entity.Document;
import org.greenmine.search.control.IndexDocument;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchUnavailable;
import org.greenmine.standards.entity.Standard;
import org.greenmine.technology.entity.Technology;
import org.jsoup.Jsoup;

/**
 * Sends a changed item to the search index after its transaction has committed: published items are
 * upserted, anything else is removed. If Solr is down the change is only logged here; a durable
 * queue (the index outbox) is the search feature's next step.
 */
@ApplicationScoped
public class SearchFeed {
  private static final Logger LOG = Logger.getLogger(SearchFeed.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SearchIndex index;

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    String id = change.kind().indexKind() + "-" + change.documentId();
    try {
      Document document = em.find(Document.class, change.documentId());
      if (document == null || !document.isPublished()) {
        index.delete(id);
      } else {
        index.upsert(indexed(id, document));
      }
    } catch (SearchUnavailable e) {
      LOG.warning(() -> "Search index not updated for " + id + ": " + e.getCause());
    }
  }

  static IndexDocument indexed(String id, Document d) {
    BilingualText text = BilingualText.split(Jsoup.parse(d.getBodyHtml()).wholeText());
    Map<String, List<String>> facets = new HashMap<>();
    facets.put("association", List.of(d.getAssociation().getCode()));
    facets.put("visibility", List.of("public"));
    if (d.getAssociation().getRegion() != null) {
      facets.put("province", List.of(d.getAssociation().getRegion().code().province().value()));
    }
    if (d instanceof Standard s) {
      facets.put("code", List.of(s.getCode()));
      facets.put("stage", List.of(s.getStage().name()));
    } else if (d instanceof Technology t) {
      facets.put("category", List.of(t.getCategory().name()));
      facets.put("minerals", t.getMinerals());
      facets.put("mining_method", List.of(t.getMiningMethod().name()));
      facets.put("maturity", List.of(t.getMaturity().name()));
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
    }
    facets.values().removeIf(List::isEmpty);
    return new IndexDocument(
        id,
        d.kind().indexKind(),
        d.url(),
        d.getTitleZh(),
        d.getTitleEn(),
        join(d.getSummaryZh(), text.chinese()),
        join(d.getSummaryEn(), text.english()),
        facets);
  }

  private static String join(String summary, String body) {
    return summary == null ? body : summary + "\n" + body;
  }
}
