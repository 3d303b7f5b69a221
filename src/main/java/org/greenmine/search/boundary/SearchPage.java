package org.greenmine.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchQuery;
import org.greenmine.search.control.SearchUnavailable;

/** The search page: {@code /search?q=...}, bookmarkable. */
@Named
@RequestScoped
public class SearchPage {
  private static final Logger LOG = Logger.getLogger(SearchPage.class.getName());
  @Inject SearchIndex index;

  private String q;
  private int page;
  private SearchHits results;
  private boolean unavailable;

  public void load() {
    if (q == null || q.isBlank()) {
      return;
    }
    try {
      results = index.search(new SearchQuery(q, null, page, 10));
    } catch (SearchUnavailable e) {
      LOG.log(Level.WARNING, "Search is unavailable", e.getCause());
      unavailable = true;
    }
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public SearchHits getResults() {
    return results;
  }

  public boolean isUnavailable() {
    return unavailable;
  }
}
