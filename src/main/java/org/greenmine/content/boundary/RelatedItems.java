package org.greenmine.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.greenmine.content.control.SearchFeed;
import org.greenmine.content.entity.Document;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchUnavailable;

/**
 * "Related items" on a detail page: published items that read like this one, by the search engine's
 * more-like-this. Without the engine the section is simply left out.
 */
@Named
@RequestScoped
public class RelatedItems {
  private static final Logger LOG = Logger.getLogger(RelatedItems.class.getName());
  static final int COUNT = 5;

  @Inject SearchIndex index;

  private List<SearchHits.Hit> found;

  public List<SearchHits.Hit> of(Document document) {
    if (found == null) {
      found = List.of();
      if (document != null && document.isPublished()) {
        try {
          found = index.related(SearchFeed.key(document), COUNT);
        } catch (SearchUnavailable e) {
          LOG.fine(() -> "Related items left out: " + e.getCause());
        }
      }
    }
    return found;
  }
}
