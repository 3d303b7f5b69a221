package org.greenmine.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

class SolrQueryTranslationTest {
  private static SolrQuery translate(SearchQuery query) {
    return SolrSearchIndex.toSolr(query);
  }

  @Test
  void theUsersTextIsOnlyEverTheValueOfQ() throws Exception {
    SolrQuery solr = translate(new SearchQuery("{!func}sum(1,1) kind:news", "case", 0, 10));
    assertThat(solr.get("q")).isEqualTo("\\{\\!func\\}sum\\(1,1\\) kind\\:news");
    assertThat(solr.get("defType")).isEqualTo("edismax");
    assertThat(solr.get("uf")).isEqualTo("-*");
    assertThat(solr.get("qf")).doesNotContain("{");
  }

  @Test
  void filterValuesTravelAsParametersNotSplicedText() throws Exception {
    SolrQuery solr =
        translate(
            new SearchQuery(
                "x",
                Map.of(
                    "kind", List.of("case} OR {!func}1"),
                    "category", List.of("MINING", "GREEN_LOW_CARBON")),
                SearchQuery.Sort.RELEVANCE,
                0,
                10));
    assertThat(solr.getFilterQueries())
        .containsExactly(
            "visibility:public",
            "{!terms f=kind tag=f_kind separator=$sep v=$fv_kind}",
            "{!terms f=category tag=f_category separator=$sep v=$fv_category}");
    assertThat(solr.get("fv_kind")).isEqualTo("case} OR {!func}1");
    assertThat(solr.get("fv_category")).isEqualTo("MINING\u001fGREEN_LOW_CARBON");
  }

  @Test
  void unknownFacetsAndBadValuesAreDropped() {
    SearchQuery query =
        new SearchQuery(
            "",
            Map.of(
                "visibility", List.of("draft"),
                "id", List.of("*"),
                "year", List.of("2024", "20x4", "{!func}1"),
                "minerals", List.of(" coal ", "coal", "")),
            null,
            0,
            10);
    assertThat(query.filters()).containsOnlyKeys("year", "minerals");
    assertThat(query.values("year")).containsExactly("2024");
    assertThat(query.values("minerals")).containsExactly("coal");
  }

  @Test
  void everyFacetIsCountedExcludingItsOwnFilter() throws Exception {
    SolrQuery solr = translate(SearchQuery.of("x"));
    assertThat(solr.getFacetFields())
        .hasSize(SearchQuery.FACETS.size())
        .contains("{!ex=f_kind}kind", "{!ex=f_year}year");
  }

  @Test
  void newestFirstSortsByDateAndRelevanceByScoreThenDate() throws Exception {
    SolrQuery relevance = translate(SearchQuery.of("x"));
    assertThat(relevance.getSortField()).isEqualTo("score desc,published_at desc,id asc");
    SolrQuery newest = translate(new SearchQuery("x", Map.of(), SearchQuery.Sort.NEWEST, 0, 10));
    assertThat(newest.getSortField()).isEqualTo("published_at desc,id asc");
  }

  @Test
  void theSpellcheckerSeesTheSameEscapedWords() throws Exception {
    SolrQuery solr = translate(SearchQuery.of("tailngs {!func}"));
    assertThat(solr.get("spellcheck.q")).isEqualTo(solr.get("q"));
    assertThat(solr.get("spellcheck.q")).doesNotContain("{!");
  }

  @Test
  void suggestionsMatchWordPrefixesOfTitlesOnly() throws Exception {
    SolrQuery solr = SolrSearchIndex.toSuggestQuery("paste {!func}", 8);
    assertThat(solr.get("qf")).isEqualTo("title_suggest");
    assertThat(solr.get("uf")).isEqualTo("-*");
    assertThat(solr.get("q")).isEqualTo("paste \\{\\!func\\}");
    assertThat(SolrSearchIndex.toSuggestQuery("  ", 8)).isNull();
  }

  @Test
  void pagingIsClamped() throws Exception {
    SolrQuery solr = translate(new SearchQuery("x", null, 5_000_000, 100_000));
    assertThat(solr.getRows()).isEqualTo(SearchQuery.MAX_SIZE);
    assertThat(solr.getStart()).isEqualTo(SearchQuery.MAX_PAGE * SearchQuery.MAX_SIZE);
    assertThat(translate(new SearchQuery("x", null, -3, -1)).getStart()).isZero();
  }

  @Test
  void anEmptyQueryListsEverythingWithoutUserSyntax() throws Exception {
    SolrQuery solr = translate(SearchQuery.of("   "));
    assertThat(solr.get("q")).isEqualTo("*:*");
    assertThat(solr.get("defType")).isEqualTo("lucene");
  }

  @Test
  void syntaxBecomesPlainWords() {
    assertThat(UserText.asWords("*:*")).isEqualTo("\\*\\:\\*");
    assertThat(UserText.asWords("kind:technology OR *:*"))
        .isEqualTo("kind\\:technology or \\*\\:\\*");
    assertThat(UserText.asWords("_query_:\"{!lucene}x\""))
        .doesNotContain("{!")
        .doesNotContain(":\"");
    assertThat(UserText.asWords("  尾矿   干排 ")).isEqualTo("尾矿 干排");
    assertThat(UserText.asWords("NOT AND")).isEqualTo("not and");
  }

  @Test
  void overlongTextIsCut() {
    assertThat(SearchQuery.of("尾".repeat(1000)).text()).hasSize(200);
  }
}
