package org.greenmine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.greenmine.search.control.IndexDocument;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchQuery;
import org.greenmine.search.control.SolrConnection;
import org.greenmine.search.control.SolrSearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's Solr adapter against SolrCloud, configured by node URLs only: on first use it
 * uploads the configset from the classpath and creates a collection of 2 shards x 2 replicas on a
 * two-node {@link MiniSolrCloudCluster} (ZooKeeper and both nodes in this JVM); searching and
 * indexing go on when one node is stopped.
 */
class SolrCloudIndexIT {
  private static final String COLLECTION = "greenmine-cloud-it";
  private static final int SHARDS = 2;
  private static final int REPLICAS = 2;
  private static final int DOCUMENTS = 40;
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /** Eight bilingual topics; document i is about topic i % 8. */
  private static final String[][] TOPICS = {
    // 尾矿库 is one SmartCN token, and the English text avoids the thesaurus' "tailings": only the
    // bigram field can find these documents by 尾矿
    {"尾矿库闭库与生态修复", "对尾矿库实施闭库治理，覆土植草。", "Closing a slime pond", "The pond was capped."},
    {"膏体充填采矿", "膏体充填回填采空区，保护地表。", "Paste backfill mining", "Paste fills the stopes."},
    {"矿井水处理与回用", "矿井水经处理后用于选厂。", "Mine water treatment", "Mine water feeds the mill."},
    {"煤矸石综合利用", "煤矸石用于制砖和发电。", "Coal gangue utilisation", "Gangue becomes bricks."},
    {"排土场复垦", "排土场平整后种植林木。", "Waste dump reclamation", "The dump was planted."},
    {"露天矿粉尘治理", "喷雾降低运输道路扬尘。", "Dust control at open pits", "Sprays keep dust down."},
    {"井下智能通风", "按需调节主扇风量，节约电能。", "Smart ventilation underground", "Fans follow demand."},
    {"复垦土地光伏发电", "在复垦土地上建设光伏电站。", "Solar power on restored land", "Panels on old pits."},
  };

  /** The documents indexed while a node is down: news on a topic of their own. */
  private static final String[] NEWS = {
    "协会年会在济南召开", "会员单位交流经验。", "Annual meeting held in Jinan", "Members met."
  };

  private static MiniSolrCloudCluster cluster;
  private static SolrSearchIndex index;
  private static List<String> collectionsBefore;
  private static Duration startUp;

  @BeforeAll
  static void startClusterAndIndex() throws Exception {
    Files.createDirectories(Path.of("target"));
    Path base = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "solrcloud-it-");
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", base.resolve("logs").toString());
    }
    // no telemetry or update checks on a machine that may have no network
    System.setProperty("solr.install.dir", base.toString());
    Instant started = Instant.now();
    cluster =
        new MiniSolrCloudCluster(
            2,
            base,
            MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML,
            JettyConfig.builder().setContext("/solr").build());
    collectionsBefore = CollectionAdminRequest.listCollections(cluster.getSolrClient());

    // what the portal does at start-up in cloud mode: node URLs in, nothing uploaded beforehand
    List<String> nodeUrls =
        cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
    index = new SolrSearchIndex(SolrConnection.cloud(nodeUrls, COLLECTION, SHARDS, REPLICAS));

    List<IndexDocument> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      documents.add(document(i));
    }
    index.apply(documents, List.of());
    SearchHits all = await(SolrCloudIndexIT::everything, hits -> hits.total() == DOCUMENTS);
    assertEquals(DOCUMENTS, all.total(), "all documents indexed");
    startUp = Duration.between(started, Instant.now());
  }

  @AfterAll
  static void shutDown() throws Exception {
    if (index != null) {
      index.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void theAdapterCreatesTheCollectionWithShardsAndReplicasOnEveryNode() throws Exception {
    assertFalse(collectionsBefore.contains(COLLECTION), "nothing created before the adapter ran");
    assertTrue(
        CollectionAdminRequest.listCollections(cluster.getSolrClient()).contains(COLLECTION));
    assertTrue(
        new ConfigSetAdminRequest.List()
            .process(cluster.getSolrClient())
            .getConfigSets()
            .contains(COLLECTION + "-config"),
        "configset uploaded by the adapter");

    DocCollection state = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
    assertNotNull(state);
    assertEquals(SHARDS, state.getSlices().size());
    for (Slice shard : state.getSlices()) {
      assertEquals(REPLICAS, shard.getReplicas().size(), shard.getName());
      Set<String> nodes =
          shard.getReplicas().stream().map(Replica::getNodeName).collect(Collectors.toSet());
      assertEquals(REPLICAS, nodes.size(), shard.getName() + " has its replicas on both nodes");
    }
    System.out.println("SolrCloudIndexIT: cluster, collection and 40 documents in " + startUp);
  }

  @Test
  void chineseAndEnglishWordsFacetsAndRelatedItemsWorkAcrossShards() {
    Set<String> tailings = idsOfTopic(0);
    SearchHits chinese = index.search(new SearchQuery("尾矿", Map.of(), null, 0, 50));
    assertEquals(tailings, ids(chinese), "尾矿 finds 尾矿库 through the bigram field");

    SearchHits english = index.search(new SearchQuery("ventilation", Map.of(), null, 0, 50));
    assertEquals(idsOfTopic(6), ids(english));
    assertTrue(english.hits().get(0).snippet().contains("<mark>"), english.toString());

    // counts come back merged from both shards; a facet's own filter does not hide its values
    SearchHits sdma =
        index.search(
            new SearchQuery(
                "", Map.of("association", List.of("SDMA")), SearchQuery.Sort.NEWEST, 0, 50));
    assertEquals(DOCUMENTS / 2, sdma.total());
    Map<String, Long> associations = counts(sdma, "association");
    assertEquals(DOCUMENTS / 2, associations.get("SDMA"), associations.toString());
    assertEquals(DOCUMENTS / 2, associations.get("CMF"), associations.toString());
    assertEquals(Map.of("case", 10L, "technology", 10L), counts(sdma, "kind"));

    String about = id(6);
    List<SearchHits.Hit> related = index.related(about, 3);
    assertEquals(3, related.size(), related.toString());
    for (SearchHits.Hit hit : related) {
      assertFalse(hit.id().equals(about));
      assertTrue(idsOfTopic(6).contains(hit.id()), "related to ventilation: " + related);
    }
  }

  @Test
  void searchAndIndexingGoOnWhenANodeStops() throws Exception {
    JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
    cluster.waitForJettyToStop(stopped);
    Instant stoppedAt = Instant.now();

    SearchHits all = await(SolrCloudIndexIT::everything, hits -> hits.total() == DOCUMENTS);
    assertEquals(DOCUMENTS, all.total(), "every document still found with a node down");
    Duration searchBack = Duration.between(stoppedAt, Instant.now());
    assertTrue(index.isAvailable(), "ping with a node down");

    List<IndexDocument> more = new ArrayList<>();
    for (int i = DOCUMENTS; i < DOCUMENTS + 5; i++) {
      more.add(document(i));
    }
    Instant indexing = Instant.now();
    index.apply(more, List.of());
    Duration applied = Duration.between(indexing, Instant.now());
    SearchHits grown = await(SolrCloudIndexIT::everything, hits -> hits.total() == DOCUMENTS + 5);
    assertEquals(DOCUMENTS + 5, grown.total(), "documents indexed with a node down are found");
    assertEquals(DOCUMENTS + 5, index.stamps().size(), "a reconcile sees every document");
    System.out.println(
        "SolrCloudIndexIT: node stopped; search whole after "
            + searchBack
            + ", apply() of 5 took "
            + applied);
  }

  private static SearchHits everything() {
    return index.search(new SearchQuery("", Map.of(), SearchQuery.Sort.NEWEST, 0, 50));
  }

  private static String id(int i) {
    return String.format("cloud-%02d", i);
  }

  /** Document i: topic i % 8, kind and association alternating; the extra ones are news. */
  private static IndexDocument document(int i) {
    boolean extra = i >= DOCUMENTS;
    String[] topic = extra ? NEWS : TOPICS[i % TOPICS.length];
    return new IndexDocument(
        id(i),
        extra ? "news" : (i % 2 == 0 ? "case" : "technology"),
        "/items/" + id(i),
        topic[0],
        topic[2],
        topic[1],
        topic[3],
        Map.of(
            "association", List.of(extra ? "CNIA" : (i % 4 < 2 ? "SDMA" : "CMF")),
            "province", List.of(i % 3 == 0 ? "山东" : "内蒙古"),
            "year", List.of(String.valueOf(2020 + i % 5))),
        "v1",
        Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofDays(i)));
  }

  private static Set<String> idsOfTopic(int topic) {
    Set<String> ids = new HashSet<>();
    for (int i = topic; i < DOCUMENTS; i += TOPICS.length) {
      ids.add(id(i));
    }
    return ids;
  }

  private static Set<String> ids(SearchHits hits) {
    return hits.hits().stream().map(SearchHits.Hit::id).collect(Collectors.toSet());
  }

  private static Map<String, Long> counts(SearchHits hits, String facet) {
    return hits.facets().getOrDefault(facet, List.of()).stream()
        .collect(Collectors.toMap(SearchHits.FacetCount::value, SearchHits.FacetCount::count));
  }

  /** Polls (the index commits within a second) until the hits satisfy the condition. */
  private static SearchHits await(Supplier<SearchHits> search, Predicate<SearchHits> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    RuntimeException last = null;
    SearchHits hits = null;
    while (System.nanoTime() < deadline) {
      try {
        hits = search.get();
        if (done.test(hits)) {
          return hits;
        }
      } catch (RuntimeException e) {
        last = e; // a replica or leader may be changing; try again
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    if (hits == null && last != null) {
      throw last;
    }
    return hits;
  }
}
