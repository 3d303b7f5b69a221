package org.greenmine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.greenmine.search.boundary.SearchReadiness;
import org.greenmine.search.control.IndexDocument;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchQuery;
import org.greenmine.search.control.SearchUnavailable;
import org.greenmine.search.control.SolrSearchIndex;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.UniqueWords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Solr adapter inside the deployed portal against a real Solr with the repository's configset.
 */
@ExtendWith(ArquillianExtension.class)
class SolrSearchIndexIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(SolrSearchIndexIT.class);
  }

  @Inject SearchIndex index;

  private String indexBoth(String tag) {
    index.upsert(
        new IndexDocument(
            "zh-" + tag,
            "case",
            "/cases/zh-" + tag,
            "某铁矿尾矿库闭库与生态修复 " + tag,
            null,
            "该矿对尾矿库实施闭库治理，采用干排工艺，复垦面积一百二十公顷。",
            null,
            Map.of("association", List.of("SDMA"))));
    index.upsert(
        new IndexDocument(
            "en-" + tag,
            "technology",
            "/technologies/en-" + tag,
            null,
            "Paste backfill mining " + tag,
            null,
            "Cemented paste backfill fills the mined-out stopes with tailings, so mines keep the surface intact.",
            Map.of("association", List.of("CMF"))));
    return tag;
  }

  /** Waits (the index commits within a second) until the hits hold the document with this id. */
  private static SearchHits awaitHits(Supplier<SearchHits> search, String id)
      throws InterruptedException {
    SearchHits hits = search.get();
    for (int i = 0; i < 50 && hits.hits().stream().noneMatch(h -> h.id().equals(id)); i++) {
      Thread.sleep(200);
      hits = search.get();
    }
    return hits;
  }

  @Test
  void chineseAndEnglishDocumentsAreFoundByTheirOwnWords() throws Exception {
    String tag = indexBoth(UniqueWords.word("t"));
    SearchHits chinese = awaitHits(() -> index.search(SearchQuery.of("尾矿 " + tag)), "zh-" + tag);
    assertTrue(
        chinese.hits().stream().anyMatch(h -> h.id().equals("zh-" + tag)), chinese.toString());

    SearchHits english =
        awaitHits(() -> index.search(SearchQuery.of("backfill " + tag)), "en-" + tag);
    SearchHits.Hit backfill =
        english.hits().stream().filter(h -> h.id().equals("en-" + tag)).findFirst().orElseThrow();
    assertTrue(backfill.snippet().contains("<mark>"), backfill.snippet());

    SearchHits stemmed = awaitHits(() -> index.search(SearchQuery.of("mine " + tag)), "en-" + tag);
    assertTrue(stemmed.hits().stream().anyMatch(h -> h.id().equals("en-" + tag)), "mines ~ mine");
  }

  @Test
  void aChineseCompoundIsFoundByItsPart() throws Exception {
    String tag = indexBoth(UniqueWords.word("c"));
    // 尾矿库 is one SmartCN token; the bigram field still finds it by 尾矿
    SearchHits hits =
        awaitHits(() -> index.search(new SearchQuery("尾矿 " + tag, "case", 0, 10)), "zh-" + tag);
    assertEquals(1, hits.total());
    assertEquals("case", hits.hits().get(0).kind());
  }

  @Test
  void queriesWithSolrSyntaxAreTreatedAsPlainWords() throws Exception {
    String tag = indexBoth(UniqueWords.word("s"));
    awaitHits(() -> index.search(SearchQuery.of(tag)), "zh-" + tag);
    for (String hostile :
        List.of(
            "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x\"><a/>'}",
            "{!func}sum(1,1)",
            "_query_:\"{!lucene}*:*\"",
            "kind:technology OR *:*",
            "*",
            "((((",
            "\"unbalanced")) {
      SearchHits hits = index.search(new SearchQuery(hostile, null, 0, 10));
      assertTrue(
          hits.hits().stream().noneMatch(h -> h.id().equals("zh-" + tag)),
          "syntax must not widen the match: " + hostile);
    }
    SearchHits deep = index.search(new SearchQuery(tag, null, 1_000_000, 1_000));
    assertEquals(SearchQuery.MAX_SIZE, new SearchQuery(tag, null, 1_000_000, 1_000).size());
    assertTrue(deep.hits().isEmpty());
  }

  @Test
  void anUnreachableSolrIsReportedNotThrownAtPages() {
    SearchIndex down = new SolrSearchIndex("http://127.0.0.1:9/solr", "greenmine");
    assertFalse(down.isAvailable());
    assertThrows(SearchUnavailable.class, () -> down.search(SearchQuery.of("尾矿")));
    assertEquals(HealthCheckResponse.Status.DOWN, new SearchReadiness(down).call().getStatus());
    assertEquals(HealthCheckResponse.Status.UP, new SearchReadiness(index).call().getStatus());
  }

  @Test
  void markupInIndexedTextComesBackEscaped() throws Exception {
    String tag = UniqueWords.word("x");
    index.upsert(
        new IndexDocument(
            "xss-" + tag,
            "news",
            "/news/xss-" + tag,
            null,
            "Markup " + tag,
            null,
            "Tailings <script>alert(1)</script> <img src=x onerror=alert(1)> report " + tag,
            Map.of()));
    SearchHits hits =
        awaitHits(() -> index.search(SearchQuery.of("tailings " + tag)), "xss-" + tag);
    String snippet =
        hits.hits().stream()
            .filter(h -> h.id().equals("xss-" + tag))
            .findFirst()
            .orElseThrow()
            .snippet();
    assertFalse(snippet.contains("<script"), snippet);
    assertFalse(snippet.contains("<img"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertTrue(snippet.contains("<mark>"), snippet);
  }
}
