package org.greenmine.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;
import org.greenmine.search.control.SearchUnavailable;

/**
 * The search page: {@code /search?q=…&kind=…&category=…&sort=newest&page=2}. Everything is in the
 * URL, so results, filters and pages are plain links.
 */
@Named
@RequestScoped
public class SearchPage {
  private static final Logger LOG = Logger.getLogger(SearchPage.class.getName());
  static final int PAGE_SIZE = 10;

  @Inject SearchIndex index;
  @Inject FacetLabels labels;

  private SearchQuery query = SearchQuery.of("");
  private SearchLink link = new SearchLink(query);
  private SearchHits results;
  private boolean unavailable;
  private List<Facet> facets = List.of();
  private List<ActiveFilter> activeFilters = List.of();

  /** One value of a facet with its count, whether it is chosen, and the link that toggles it. */
  public record FacetValue(String label, long count, boolean active, String href) {}

  public record Facet(String name, String title, List<FacetValue> values) {}

  public record ActiveFilter(String label, String removeHref) {}

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    query = SearchLink.parse(faces.getExternalContext().getRequestParameterValuesMap(), PAGE_SIZE);
    link = new SearchLink(query);
    if (query.text().isEmpty() && query.filters().isEmpty()) {
      return;
    }
    try {
      results = index.search(query);
    } catch (SearchUnavailable e) {
      LOG.log(Level.WARNING, "Search is unavailable", e.getCause());
      unavailable = true;
    }
    facets = facets();
    activeFilters = activeFilters();
  }

  public String getQ() {
    return query.text();
  }

  public SearchHits getResults() {
    return results;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public boolean isNewestFirst() {
    return query.sort() == SearchQuery.Sort.NEWEST;
  }

  public String getRelevanceHref() {
    return link.sortedBy(SearchQuery.Sort.RELEVANCE);
  }

  public String getNewestHref() {
    return link.sortedBy(SearchQuery.Sort.NEWEST);
  }

  public List<Facet> getFacets() {
    return facets;
  }

  public List<ActiveFilter> getActiveFilters() {
    return activeFilters;
  }

  private List<Facet> facets() {
    List<Facet> facets = new ArrayList<>();
    if (results == null) {
      return facets;
    }
    for (String facet : SearchQuery.FACETS) {
      List<SearchHits.FacetCount> counts = results.facets().getOrDefault(facet, List.of());
      List<String> chosen = query.values(facet);
      List<FacetValue> values = new ArrayList<>();
      for (SearchHits.FacetCount count : counts) {
        values.add(
            new FacetValue(
                labels.label(facet, count.value()),
                count.count(),
                chosen.contains(count.value()),
                link.toggled(facet, count.value())));
      }
      // a chosen value that no longer matches anything still shows, so it can be removed
      for (String value : chosen) {
        if (counts.stream().noneMatch(c -> c.value().equals(value))) {
          values.add(
              new FacetValue(labels.label(facet, value), 0, true, link.toggled(facet, value)));
        }
      }
      if (!values.isEmpty()) {
        facets.add(new Facet(facet, labels.facetName(facet), values));
      }
    }
    return facets;
  }

  private List<ActiveFilter> activeFilters() {
    List<ActiveFilter> active = new ArrayList<>();
    query
        .filters()
        .forEach(
            (facet, values) ->
                values.forEach(
                    value ->
                        active.add(
                            new ActiveFilter(
                                labels.facetName(facet) + ": " + labels.label(facet, value),
                                link.toggled(facet, value)))));
    return active;
  }

  public String getClearFiltersHref() {
    return link.withoutFilters();
  }

  public String getSuggestionHref() {
    return results == null || results.suggestion() == null
        ? null
        : link.withText(results.suggestion());
  }

  public String association(String code) {
    return labels.association(code);
  }

  /** The day an item was published (China time), as {@code 2025-03-01}. */
  public String date(java.time.Instant publishedAt) {
    return publishedAt == null
        ? ""
        : publishedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
  }

  public String getPreviousHref() {
    return query.page() > 0 ? link.page(query.page() - 1) : null;
  }

  public String getNextHref() {
    if (results == null) {
      return null;
    }
    long shown = (long) (query.page() + 1) * query.size();
    return shown < results.total() && query.page() < SearchQuery.MAX_PAGE
        ? link.page(query.page() + 1)
        : null;
  }

  public int getPageNumber() {
    return query.page() + 1;
  }

  public long getPageCount() {
    if (results == null) {
      return 0;
    }
    long pages = (results.total() + query.size() - 1) / query.size();
    return Math.min(pages, SearchQuery.MAX_PAGE + 1L);
  }
}
