package org.greenmine.search.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The search page's URLs: the query, filters, order and page live in the query string, so every
 * state of the page can be bookmarked and the back button walks through them. Changing a filter or
 * the order starts again at the first page.
 */
public final class SearchLink {
  private final SearchQuery query;

  public SearchLink(SearchQuery query) {
    this.query = query;
  }

  /** The parameters of a search page URL, as the page and the API read them back. */
  public static SearchQuery parse(Map<String, String[]> parameters, int size) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String facet : SearchQuery.FACETS) {
      String[] values = parameters.get(facet);
      if (values != null) {
        filters.put(facet, List.of(values));
      }
    }
    return new SearchQuery(
        first(parameters, "q"),
        filters,
        SearchQuery.Sort.parse(first(parameters, "sort")),
        pageNumber(first(parameters, "page")),
        size);
  }

  /**
   * The query string of a search page URL ({@code q=…&kind=…}), read back into a bounded query as
   * the page reads its own URL: a saved search keeps exactly this.
   */
  public static SearchQuery parse(String queryString, int size) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    String text = queryString == null ? "" : queryString.strip();
    if (text.startsWith("?")) {
      text = text.substring(1);
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    Map<String, String[]> parameters = new LinkedHashMap<>();
    values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
    return parse(parameters, size);
  }

  /** The query string of this search without order and page ({@code q=…&kind=…}), canonical. */
  public String criteria() {
    String href = href(query.text(), query.filters(), SearchQuery.Sort.RELEVANCE, 0);
    return href.startsWith("/search?") ? href.substring("/search?".length()) : "";
  }

  private static String decode(String value) {
    try {
      return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  public String toggled(String facet, String value) {
    Map<String, List<String>> filters = copy();
    List<String> values = filters.computeIfAbsent(facet, f -> new ArrayList<>());
    if (!values.remove(value)) {
      values.add(value);
    }
    return href(query.text(), filters, query.sort(), 0);
  }

  public String sortedBy(SearchQuery.Sort sort) {
    return href(query.text(), query.filters(), sort, 0);
  }

  public String page(int page) {
    return href(query.text(), query.filters(), query.sort(), page);
  }

  public String withText(String text) {
    return href(text, query.filters(), query.sort(), 0);
  }

  public String withoutFilters() {
    return href(query.text(), Map.of(), query.sort(), 0);
  }

  static String href(
      String text, Map<String, List<String>> filters, SearchQuery.Sort sort, int page) {
    StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
    if (text != null && !text.isBlank()) {
      parameters.add("q=" + encode(text));
    }
    for (String facet : SearchQuery.FACETS) {
      for (String value : filters.getOrDefault(facet, List.of())) {
        parameters.add(facet + "=" + encode(value));
      }
    }
    if (sort == SearchQuery.Sort.NEWEST) {
      parameters.add("sort=newest");
    }
    if (page > 0) {
      parameters.add("page=" + page);
    }
    return "/search" + parameters;
  }

  private Map<String, List<String>> copy() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.filters().forEach((facet, values) -> copy.put(facet, new ArrayList<>(values)));
    return copy;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  /** A page number as typed in a URL: anything that is not a small number means the first page. */
  static int pageNumber(String text) {
    if (text == null || !text.matches("\\d{1,9}")) {
      return 0;
    }
    return Integer.parseInt(text);
  }
}
