package org.greenmine.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

class PublishedWindowTest {
  @Test
  void aPublicationWindowIsOneRangeFilterThePortalFormats() {
    SearchQuery query =
        new SearchQuery("tailings", Map.of(), SearchQuery.Sort.NEWEST, 0, 20)
            .publishedBetween(
                Instant.parse("2026-11-01T00:00:00.123456Z"),
                Instant.parse("2026-11-02T08:00:00Z"));
    SolrQuery solr = SolrSearchIndex.toSolr(query);
    assertThat(solr.getFilterQueries())
        .contains("published_at:{2026-11-01T00:00:00.123Z TO 2026-11-02T08:00:00Z]");
    assertThat(solr.get("q")).isEqualTo("tailings");
  }

  @Test
  void anOpenEndIsAStarAndNoWindowNoFilter() {
    SolrQuery open =
        SolrSearchIndex.toSolr(
            SearchQuery.of("x").publishedBetween(Instant.parse("2026-01-01T00:00:00Z"), null));
    assertThat(open.getFilterQueries()).contains("published_at:{2026-01-01T00:00:00Z TO *]");
    assertThat(SolrSearchIndex.toSolr(SearchQuery.of("x")).getFilterQueries())
        .noneMatch(f -> f.startsWith("published_at"));
  }
}
