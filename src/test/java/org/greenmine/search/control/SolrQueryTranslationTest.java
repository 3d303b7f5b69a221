package org.greenmine.search.control;

import static org.assertj.core.api.Assertions.assertThat;

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
  void theKindFilterIsAParameterReferenceNotSplicedText() throws Exception {
    SolrQuery solr = translate(new SearchQuery("x", "case} OR {!func}1", 0, 10));
    assertThat(solr.getFilterQueries()).containsExactly("{!term f=kind v=$kindFilter}");
    assertThat(solr.get("kindFilter")).isEqualTo("case} OR {!func}1");
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
