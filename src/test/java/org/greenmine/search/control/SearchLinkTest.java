package org.greenmine.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchLinkTest {
  private static SearchQuery parse(Map<String, String[]> parameters) {
    return SearchLink.parse(parameters, 10);
  }

  @Test
  void theUrlHoldsTextFiltersSortAndPage() {
    SearchQuery query =
        parse(
            Map.of(
                "q", new String[] {"尾矿 & tailings"},
                "category", new String[] {"MINING", "GREEN_LOW_CARBON"},
                "sort", new String[] {"newest"},
                "page", new String[] {"2"}));
    assertThat(query.text()).isEqualTo("尾矿 & tailings");
    assertThat(query.values("category")).containsExactly("MINING", "GREEN_LOW_CARBON");
    assertThat(query.sort()).isEqualTo(SearchQuery.Sort.NEWEST);
    assertThat(query.page()).isEqualTo(2);
    SearchLink link = new SearchLink(query);
    assertThat(link.page(3))
        .isEqualTo(
            "/search?q=%E5%B0%BE%E7%9F%BF+%26+tailings&category=MINING&category=GREEN_LOW_CARBON"
                + "&sort=newest&page=3");
    assertThat(parse(Map.of("q", new String[] {"x"}, "page", new String[] {"1"})).page())
        .isEqualTo(1);
  }

  @Test
  void togglingAFilterAddsOrRemovesItAndReturnsToTheFirstPage() {
    SearchQuery query =
        new SearchQuery(
            "backfill", Map.of("kind", List.of("technology")), SearchQuery.Sort.RELEVANCE, 4, 10);
    SearchLink link = new SearchLink(query);
    assertThat(link.toggled("kind", "technology")).isEqualTo("/search?q=backfill");
    assertThat(link.toggled("kind", "case"))
        .isEqualTo("/search?q=backfill&kind=technology&kind=case");
    assertThat(link.toggled("year", "2024"))
        .isEqualTo("/search?q=backfill&kind=technology&year=2024");
    assertThat(link.withoutFilters()).isEqualTo("/search?q=backfill");
    assertThat(link.sortedBy(SearchQuery.Sort.NEWEST))
        .isEqualTo("/search?q=backfill&kind=technology&sort=newest");
  }

  @Test
  void pageNumbersThatAreNotSmallNumbersMeanTheFirstPage() {
    assertThat(SearchLink.pageNumber("-1")).isZero();
    assertThat(SearchLink.pageNumber("9999999999999")).isZero();
    assertThat(SearchLink.pageNumber("1e9")).isZero();
    assertThat(parse(Map.of("page", new String[] {"100000"})).page())
        .isEqualTo(SearchQuery.MAX_PAGE);
  }
}
