package org.greenmine.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.greenmine.launcher.LocalSolr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The portal's Solr client answers GET requests over a blocking connection of its own: against a
 * real node, every answer and every failure must be what the JDK client it replaces gives.
 */
class BlockingGetSolrClientIT {
  private static LocalSolr solr;
  private static SolrClient jdk;
  private static SolrClient blocking;

  @BeforeAll
  static void start() throws Exception {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    solr =
        LocalSolr.start(
            Files.createTempDirectory(target, "it-solr-client-"),
            Path.of("solr", "greenmine").toAbsolutePath(),
            0);
    jdk = builder(solr.baseUrl()).build();
    blocking = new BlockingGetSolrClient(solr.baseUrl(), builder(solr.baseUrl()));
    SolrSearchIndex index = new SolrSearchIndex(solr.baseUrl(), LocalSolr.CORE);
    try {
      index.apply(
          List.of(
              new IndexDocument(
                  "technology-1",
                  "technology",
                  "/technologies/dry-stacking",
                  "尾矿浓缩压滤干排干堆技术",
                  "Tailings thickening, filtration and dry stacking",
                  "细粒级含量高的尾矿需通过过滤试验确定设备和助滤剂。",
                  "Fine tailings need filtration tests <to> choose the \"equipment\".",
                  Map.of("association", List.of("SDMA"), "minerals", List.of("gold", "iron"))),
              new IndexDocument(
                  "case-2",
                  "case",
                  "/cases/paste",
                  "膏体充填与尾矿干排协同",
                  "Paste backfill and tailings dry stacking",
                  "充填和干堆要统筹设计。",
                  "Backfill and dry stacking are designed together.",
                  Map.of("association", List.of("YTMA")))),
          List.of());
      index.commit();
    } finally {
      index.close();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    jdk.close();
    blocking.close();
    solr.close();
  }

  private static HttpJdkSolrClient.Builder builder(String url) {
    return new HttpJdkSolrClient.Builder(url)
        .withDefaultCollection(LocalSolr.CORE)
        .withConnectionTimeout(2, TimeUnit.SECONDS)
        .withIdleTimeout(10, TimeUnit.SECONDS)
        .useHttp1_1(true);
  }

  @Test
  void searchesAnswerAsTheJdkClientDoes() throws Exception {
    for (SearchQuery query :
        List.of(
            SearchQuery.of("尾矿 干排"),
            SearchQuery.of("tailings dry stacking"),
            SearchQuery.of("tailngs"),
            SearchQuery.of(""),
            new SearchQuery(
                "tailings",
                Map.of("association", List.of("SDMA", "YTMA")),
                SearchQuery.Sort.NEWEST,
                0,
                10))) {
      SolrQuery solrQuery = SolrSearchIndex.toSolr(query);
      // the same answer again and again: the second and later ones come over a kept-alive
      // connection
      for (int i = 0; i < 3; i++) {
        assertEquals(
            withoutHeader(jdk.query(solrQuery).getResponse()),
            withoutHeader(blocking.query(solrQuery).getResponse()),
            query.toString());
      }
    }
    assertThat(blocking.query(SolrSearchIndex.toSolr(SearchQuery.of("尾矿"))).getResults())
        .isNotEmpty();
    assertEquals(0, blocking.ping().getStatus());
  }

  @Test
  void refusalsAndMissingCoresFailAsWithTheJdkClient() {
    SolrQuery badRows = new SolrQuery("*:*");
    badRows.set("rows", "many");
    assertSameFailure(() -> jdk.query(badRows), () -> blocking.query(badRows));
    SolrQuery badSyntax = new SolrQuery("title_en:(");
    assertSameFailure(() -> jdk.query(badSyntax), () -> blocking.query(badSyntax));
    SolrQuery any = new SolrQuery("*:*");
    assertSameFailure(
        () -> jdk.query("no-such-core", any), () -> blocking.query("no-such-core", any));
  }

  @Test
  void noServerIsAnIoFailure() throws Exception {
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String nowhere = "http://127.0.0.1:" + port + "/solr";
    try (SolrClient gone = new BlockingGetSolrClient(nowhere, builder(nowhere))) {
      assertThrows(IOException.class, () -> gone.query(new SolrQuery("*:*")));
    }
  }

  private static void assertSameFailure(Executable expected, Executable actual) {
    SolrException a = assertThrows(SolrException.class, expected);
    SolrException b = assertThrows(SolrException.class, actual);
    assertEquals(a.getClass(), b.getClass());
    assertEquals(a.code(), b.code());
    assertEquals(a.getMessage(), b.getMessage());
  }

  private static String withoutHeader(NamedList<Object> response) {
    NamedList<Object> copy = response.clone();
    copy.remove("responseHeader");
    return copy.toString();
  }
}
