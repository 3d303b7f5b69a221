package org.greenmine.search.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a user asked for: words (a value to look for, never query syntax), filters on the facets
 * (several values of one facet are alternatives; different facets must all hold), an order, and a
 * page. Everything is bounded here: unknown facets are dropped, values trimmed and capped, page and
 * size clamped to what the portal serves. The portal itself (never a user) may also restrict the
 * publication time to a window, {@code publishedAfter} excluded, {@code publishedUntil} included (a
 * saved search's digest).
 */
public record SearchQuery(
    String text,
    Map<String, List<String>> filters,
    Sort sort,
    int page,
    int size,
    Instant publishedAfter,
    Instant publishedUntil) {
  public static final int MAX_SIZE = 50;
  public static final int MAX_PAGE = 100;
  public static final int MAX_TEXT = 200;
  static final int MAX_VALUES_PER_FACET = 20;
  static final int MAX_VALUE_LENGTH = 100;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** The facets, in the order pages show them; the names are the index's field names. */
  public static final List<String> FACETS =
      List.of(
          "kind",
          "association",
          "category",
          "minerals",
          "mining_method",
          "maturity",
          "stage",
          "province",
          "year");

  public enum Sort {
    RELEVANCE,
    NEWEST;

    public static Sort parse(String value) {
      return "newest".equalsIgnoreCase(value) ? NEWEST : RELEVANCE;
    }

    public String parameter() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    filters = cleaned(filters);
    sort = sort == null ? Sort.RELEVANCE : sort;
    page = Math.max(0, Math.min(page, MAX_PAGE));
    size = Math.max(1, Math.min(size, MAX_SIZE));
  }

  public SearchQuery(
      String text, Map<String, List<String>> filters, Sort sort, int page, int size) {
    this(text, filters, sort, page, size, null, null);
  }

  /** The same query restricted to items published in {@code (after, until]}. */
  public SearchQuery publishedBetween(Instant after, Instant until) {
    return new SearchQuery(text, filters, sort, page, size, after, until);
  }

  public SearchQuery(String text, String kind, int page, int size) {
    this(text, kind == null ? Map.of() : Map.of("kind", List.of(kind)), Sort.RELEVANCE, page, size);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), Sort.RELEVANCE, 0, 10);
  }

  public List<String> values(String facet) {
    return filters.getOrDefault(facet, List.of());
  }

  private static Map<String, List<String>> cleaned(Map<String, List<String>> requested) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    if (requested == null) {
      return kept;
    }
    for (String facet : FACETS) {
      List<String> values = new ArrayList<>();
      for (String value : requested.getOrDefault(facet, List.of())) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_VALUE_LENGTH || values.contains(v)) {
          continue;
        }
        if (facet.equals("year") && !YEAR.matcher(v).matches()) {
          continue;
        }
        if (values.size() < MAX_VALUES_PER_FACET) {
          values.add(v);
        }
      }
      if (!values.isEmpty()) {
        kept.put(facet, List.copyOf(values));
      }
    }
    return java.util.Collections.unmodifiableMap(kept);
  }
}
