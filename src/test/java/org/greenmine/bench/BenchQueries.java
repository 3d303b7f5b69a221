package org.greenmine.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.greenmine.search.control.SearchQuery;

/**
 * The fixed query mix of the latency measurements: what people type into the search box (Chinese,
 * English, mixed, one to three words), alone and with the facet filters the search page offers,
 * some on the second page or sorted by date, and a few filter-only browses; plus prefixes as typed
 * into the box, for autocomplete.
 */
final class BenchQueries {
  static final int PAGE_SIZE = 10;

  /** One search as the portal's URL carries it. */
  record Search(String text, Map<String, List<String>> filters, SearchQuery.Sort sort, int page) {
    SearchQuery query() {
      return new SearchQuery(text, filters, sort, page, PAGE_SIZE);
    }

    /** {@code api/search?...}, relative to the portal's root. */
    String apiPath() {
      StringJoiner parameters = new StringJoiner("&", "api/search?", "");
      if (!text.isEmpty()) {
        parameters.add("q=" + encode(text));
      }
      filters.forEach(
          (facet, values) -> values.forEach(v -> parameters.add(facet + "=" + encode(v))));
      if (sort == SearchQuery.Sort.NEWEST) {
        parameters.add("sort=newest");
      }
      if (page > 0) {
        parameters.add("page=" + page);
      }
      parameters.add("size=" + PAGE_SIZE);
      return parameters.toString();
    }

    String label() {
      StringBuilder label = new StringBuilder(text.isEmpty() ? "(all)" : text);
      filters.forEach(
          (facet, values) -> label.append(" +").append(facet).append('=').append(values));
      if (sort == SearchQuery.Sort.NEWEST) {
        label.append(" newest");
      }
      if (page > 0) {
        label.append(" page ").append(page);
      }
      return label.toString();
    }
  }

  private static final String[] WORDS = {
    // Chinese
    "尾矿干排",
    "膏体充填",
    "煤矸石 充填",
    "矿井水利用",
    "生态修复 排土场",
    "尾矿库 在线监测",
    "节能",
    "粉尘治理",
    "金矿 充填采矿",
    "数字矿山",
    "酸性矿山废水",
    "复垦 土壤重构",
    "高压辊磨",
    "智能通风 节能",
    // English
    "tailings dry stacking",
    "paste backfill",
    "mine water reuse",
    "ecological restoration",
    "dust suppression",
    "digital mine",
    "acid mine drainage",
    "coal gangue",
    "energy saving grinding",
    "land reclamation",
    // mixed
    "HPGR 节能",
    "尾矿 dry stacking"
  };

  private static final List<Map<String, List<String>>> FILTERS =
      List.of(
          Map.of("kind", List.of("technology")),
          Map.of("kind", List.of("case"), "province", List.of("370000")),
          Map.of("category", List.of("MINERAL_PROCESSING")),
          Map.of("minerals", List.of("gold", "copper")),
          Map.of("year", List.of("2023")),
          Map.of("mining_method", List.of("UNDERGROUND"), "maturity", List.of("PROMOTION")),
          Map.of("association", List.of("SDMA")),
          Map.of("province", List.of("150000"), "minerals", List.of("coal")));

  private BenchQueries() {}

  /** 26 texts alone, the same with a filter each, 6 deeper or newest-first, 4 filter-only. */
  static List<Search> searches() {
    List<Search> searches = new ArrayList<>();
    for (String words : WORDS) {
      searches.add(new Search(words, Map.of(), SearchQuery.Sort.RELEVANCE, 0));
    }
    for (int i = 0; i < WORDS.length; i++) {
      searches.add(
          new Search(
              WORDS[i], ordered(FILTERS.get(i % FILTERS.size())), SearchQuery.Sort.RELEVANCE, 0));
    }
    for (int i = 0; i < 6; i++) {
      searches.add(
          new Search(
              WORDS[i * 4],
              Map.of(),
              i % 2 == 0 ? SearchQuery.Sort.RELEVANCE : SearchQuery.Sort.NEWEST,
              i % 2 == 0 ? 1 + i / 2 : 0));
    }
    for (int i = 0; i < 4; i++) {
      searches.add(new Search("", ordered(FILTERS.get(i * 2 + 1)), SearchQuery.Sort.NEWEST, 0));
    }
    return searches;
  }

  /** Prefixes as typed into the search box, one to three Chinese characters or 2–7 letters. */
  static List<String> prefixes() {
    return List.of(
        "尾", "尾矿", "尾矿干", "充填", "膏体", "矿井", "矿井水", "生态", "生态修", "智能", "煤", "煤矸", "节能", "粉尘", "光伏",
        "高压", "复垦", "数字", "地质", "选矿", "ta", "tail", "tailin", "paste", "back", "backfi", "mine w",
        "eco", "ecolog", "dust", "dig", "digita", "auto", "hp", "ore", "acid", "gang", "vent",
        "subsid", "recl", "green", "energy", "water", "coal");
  }

  private static Map<String, List<String>> ordered(Map<String, List<String>> filters) {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (String facet : SearchQuery.FACETS) {
      if (filters.containsKey(facet)) {
        ordered.put(facet, filters.get(facet));
      }
    }
    return ordered;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
