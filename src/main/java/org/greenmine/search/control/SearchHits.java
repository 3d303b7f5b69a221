package org.greenmine.search.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page of results, the total that matched, the counts of every facet value among the matches
 * (each facet counted as if its own filter were not set, so other values stay selectable) and, for
 * a query that found little, a corrected query that finds more.
 */
public record SearchHits(
    long total, List<Hit> hits, Map<String, List<FacetCount>> facets, String suggestion) {
  public SearchHits {
    facets = facets == null ? Map.of() : facets;
  }

  public SearchHits(long total, List<Hit> hits) {
    this(total, hits, Map.of(), null);
  }

  /** One result; both titles travel, so each reader sees the one in their language. */
  public record Hit(
      String id,
      String kind,
      String url,
      String titleZh,
      String titleEn,
      String snippet,
      String association,
      Instant publishedAt) {
    public Hit {
      titleZh = titleZh == null ? "" : titleZh;
      titleEn = titleEn == null ? "" : titleEn;
    }

    /** The Chinese title, or the English one when there is none. */
    public String title() {
      return titleZh.isBlank() ? titleEn : titleZh;
    }

    public String title(Locale locale) {
      boolean english = locale != null && "en".equals(locale.getLanguage());
      return english && !titleEn.isBlank() ? titleEn : title();
    }
  }

  public record FacetCount(String value, long count) {}
}
