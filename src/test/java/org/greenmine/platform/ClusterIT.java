package org.greenmine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.greenmine.content.entity.DocumentKind;
import org.greenmine.launcher.LocalSolr;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.PortalProcess;
import org.greenmine.testing.UniqueWords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro instances of the portal on one machine, clustered through Payara's Hazelcast,
 * against one real PostgreSQL and one real Solr: the production shape without Docker. A session
 * begun on one instance continues on the other, a change saved on one shows at once on the other
 * (shared cache coordinated), both drain one index queue without sending a task twice, and a job
 * that must run once in the cluster runs once — and goes on running after its instance is killed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {
  private static final String PASSWORD = "Cluster-Admin-2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long JOB_EVERY_MILLIS = 2000;

  private final Path work = Path.of("target", "cluster-it").toAbsolutePath();
  private EmbeddedPostgres postgres;
  private LocalSolr solr;
  private PortalProcess a;
  private PortalProcess b;
  private String jdbcUrl;

  @BeforeAll
  void startTheCluster() throws Exception {
    PortalProcess.deleteTree(work);
    Files.createDirectories(work);
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE cluster");
    }
    jdbcUrl = postgres.getJdbcUrl("postgres", "cluster");
    solr =
        LocalSolr.start(
            work.resolve("solr"), Path.of(System.getProperty("greenmine.solr.configset")), 0);

    int hazelcastA = freePort();
    int hazelcastB = freePort();
    String members = "tcpip:127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB;
    String cluster = "greenmine-it-" + ProcessHandle.current().pid();
    a = start("A", hazelcastA, members, cluster);
    assertTrue(a.awaitReady(Duration.ofMinutes(4)), () -> "A did not start: " + a.tail(60));
    b = start("B", hazelcastB, members, cluster);
    assertTrue(b.awaitReady(Duration.ofMinutes(4)), () -> "B did not start: " + b.tail(60));
  }

  private PortalProcess start(String name, int hazelcastPort, String members, String cluster)
      throws IOException {
    Path instance = work.resolve(name);
    Files.createDirectories(instance);
    return PortalProcess.start(
        Path.of(System.getProperty("greenmine.war")),
        Path.of(System.getProperty("payara.microJar")),
        instance,
        Path.of("content").toAbsolutePath(),
        jdbcUrl,
        solr.baseUrl(),
        PASSWORD,
        freePort(),
        List.of(
            "-Dgreenmine.db.user=postgres",
            "-Dgreenmine.cluster.enabled=true",
            "-Dgreenmine.instance.name=" + name,
            "-Dgreenmine.jobs.tick-millis=500",
            "-Dgreenmine.jobs.lease-millis=5000",
            "-Dgreenmine.jobs.notice-deadlines.every-seconds=" + JOB_EVERY_MILLIS / 1000),
        List.of(
            "--name",
            name,
            "--clustername",
            cluster,
            "--clustermode",
            members,
            "--startport",
            String.valueOf(hazelcastPort),
            "--nohostaware"));
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    for (AutoCloseable part : new AutoCloseable[] {b, a, solr, postgres}) {
      if (part != null) {
        part.close();
      }
    }
  }

  @Test
  @Order(1)
  void aSessionBegunOnOneInstanceContinuesOnTheOther() throws Exception {
    PortalHttp onA = new PortalHttp(URI.create(a.baseUrl));
    assertEquals(302, onA.login("admin", PASSWORD).statusCode());
    assertEquals("A", instanceAnswering(onA));

    PortalHttp onB = onA.at(URI.create(b.baseUrl));
    assertEquals("B", instanceAnswering(onB), "B knows the administrator A logged in");
    var curation = onB.get("curate/index");
    assertEquals(200, curation.statusCode(), "a curator's page on B, no new login");

    PortalHttp stranger = new PortalHttp(URI.create(b.baseUrl));
    assertEquals(
        403,
        stranger.get("api/admin/jobs").statusCode(),
        "without the session's cookie B does not know the caller");
  }

  @Test
  @Order(2)
  void aChangeSavedOnOneShowsAtOnceOnTheOtherAndIsFoundThroughIt() throws Exception {
    long id;
    String slug;
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id, slug FROM document WHERE kind = 'TECHNOLOGY' AND state = 'PUBLISHED'"
                    + " ORDER BY id LIMIT 1")) {
      assertTrue(r.next(), "the seed content has published technologies");
      id = r.getLong(1);
      slug = r.getString(2);
    }
    PortalHttp anyone = new PortalHttp(URI.create(b.baseUrl));
    String before = item(anyone, slug).get("summary").get("titleEn").asText();

    PortalHttp admin = new PortalHttp(URI.create(a.baseUrl));
    assertEquals(302, admin.login("admin", PASSWORD).statusCode());
    String word = UniqueWords.word("clusterword");
    String title = "Dry-stack tailings " + word;
    var saved =
        admin.ajax(
            "curate/edit?id=" + id,
            "edit",
            "save",
            Map.of(
                "titleZh",
                "干排尾矿 " + word,
                "titleEn",
                title,
                "summaryZh",
                "",
                "summaryEn",
                "",
                "markdown",
                "## Process\n\nFilter-pressed tailings stacked dry: " + word + ".",
                "note",
                "cluster test"));
    assertTrue(saved.body().contains("Saved."), saved.body());

    assertFalse(before.equals(title));
    assertEquals(
        title,
        item(anyone, slug).get("summary").get("titleEn").asText(),
        "B read the item before the change and shows the new title at once");
    JsonNode found =
        eventually(
            Duration.ofSeconds(30),
            () -> {
              JsonNode result = ok(anyone.get("api/search?q=" + encode(word)));
              return result.get("total").asInt() == 1 ? result : null;
            });
    String url = found.get("results").get(0).get("url").asText();
    assertTrue(url.endsWith("/technologies/" + slug), url);
  }

  @Test
  @Order(3)
  void bothInstancesDrainOneQueueAndNoTaskIsSentTwice() throws Exception {
    awaitEmptyQueue(Duration.ofSeconds(60));
    long sentBefore = sent(a) + sent(b);
    List<String> keys = publishedKeys();
    int tasks = 3000;
    try (Connection c = database();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO index_task (id, document_key, enqueued_at, not_before)"
                    + " VALUES (nextval('index_task_seq'), ?, ?, ?)")) {
      c.setAutoCommit(false);
      long now = System.currentTimeMillis();
      for (int i = 0; i < tasks; i++) {
        insert.setString(1, keys.get(i % keys.size()));
        insert.setLong(2, now);
        insert.setLong(3, now);
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }
    long started = System.nanoTime();
    awaitEmptyQueue(Duration.ofMinutes(3));
    long millis = (System.nanoTime() - started) / 1_000_000;
    long byA = sent(a);
    long byB = sent(b);
    long sentNow = byA + byB - sentBefore;
    System.out.printf(
        "cluster outbox: %d tasks drained in %d ms; instance A sent %d, B %d in all%n",
        tasks, millis, byA, byB);
    assertEquals(tasks, sentNow, "every task sent exactly once by one of the two instances");
  }

  @Test
  @Order(4)
  void aClusterJobRunsOnceAtATimeAndGoesOnAfterItsInstanceIsKilled() throws Exception {
    List<Run> runs = eventually(Duration.ofSeconds(60), () -> runsIfAtLeast(6, 0));
    assertNoOverlapAndSpacing(runs);

    Run last = runs.get(runs.size() - 1);
    PortalProcess victim = last.holder().startsWith("A@") ? a : b;
    String survivor = victim == a ? "B@" : "A@";
    victim.kill();
    long killedAt = System.currentTimeMillis();

    List<Run> after = eventually(Duration.ofSeconds(60), () -> runsIfAtLeast(3, killedAt));
    for (Run run : after) {
      assertTrue(run.holder().startsWith(survivor), "run after the kill by " + run.holder());
    }
    List<Run> all = runsIfAtLeast(0, 0);
    assertNoOverlapAndSpacing(all);
    System.out.printf(
        "cluster job: %d runs before the kill, %d by the survivor within %d ms after it%n",
        runs.size(), after.size(), after.get(after.size() - 1).finishedAt() - killedAt);
  }

  private record Run(String holder, long startedAt, long finishedAt) {}

  /** The job's runs since {@code since}, oldest first, or null while there are fewer than n. */
  private List<Run> runsIfAtLeast(int n, long since) throws Exception {
    List<Run> runs = new ArrayList<>();
    try (Connection c = database();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT holder, started_at, finished_at FROM job_run"
                    + " WHERE job = 'notice-deadlines' AND started_at > ? ORDER BY started_at")) {
      q.setLong(1, since);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          runs.add(new Run(r.getString(1), r.getLong(2), r.getLong(3)));
        }
      }
    }
    return runs.size() >= n ? runs : null;
  }

  /**
   * Two instances racing for one due job would show as two runs a few milliseconds apart; one run
   * at a time, each followed by the interval, shows as runs at least the interval apart.
   */
  private static void assertNoOverlapAndSpacing(List<Run> runs) {
    for (int i = 1; i < runs.size(); i++) {
      Run previous = runs.get(i - 1);
      Run next = runs.get(i);
      assertTrue(
          next.startedAt() >= previous.finishedAt() + JOB_EVERY_MILLIS - 20,
          "run " + next + " came too soon after " + previous);
    }
  }

  private List<String> publishedKeys() throws Exception {
    List<String> keys = new ArrayList<>();
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, kind FROM document WHERE state = 'PUBLISHED'")) {
      while (r.next()) {
        keys.add(DocumentKind.valueOf(r.getString(2)).indexKind() + "-" + r.getLong(1));
      }
    }
    assertFalse(keys.isEmpty());
    return keys;
  }

  private void awaitEmptyQueue(Duration limit) throws Exception {
    eventually(
        limit,
        () -> {
          try (Connection c = database();
              Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT COUNT(*) FROM index_task")) {
            r.next();
            return r.getLong(1) == 0 ? Boolean.TRUE : null;
          }
        });
  }

  /** The instance's own count of tasks it sent to Solr, from its Prometheus metrics. */
  private static long sent(PortalProcess instance) throws Exception {
    String metrics = new PortalHttp(URI.create(instance.baseUrl)).get("metrics").body();
    for (String line : metrics.split("\n")) {
      if (!line.startsWith("#") && line.contains("greenmine_index_tasks_sent")) {
        return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    throw new AssertionError("no greenmine_index_tasks_sent in " + instance.baseUrl + "metrics");
  }

  private static String instanceAnswering(PortalHttp http) throws Exception {
    String holder = ok(http.get("api/admin/jobs?runs=1")).get("instance").asText();
    return holder.substring(0, holder.indexOf('@'));
  }

  private static JsonNode item(PortalHttp http, String slug) throws Exception {
    return ok(http.get("api/technologies/" + slug));
  }

  private static JsonNode ok(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), () -> response.uri() + " → " + response.body());
    return JSON.readTree(response.body());
  }

  private Connection database() throws Exception {
    return postgres.getDatabase("postgres", "cluster").getConnection();
  }

  private static <T> T eventually(Duration limit, Callable<T> probe) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      T value = probe.call();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit);
      }
      Thread.sleep(250);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
