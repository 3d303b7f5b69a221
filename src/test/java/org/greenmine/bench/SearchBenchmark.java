package org.greenmine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.greenmine.launcher.LocalSolr;
import org.greenmine.search.control.IndexDocument;
import org.greenmine.search.control.SearchQuery;
import org.greenmine.search.control.SolrConnection;
import org.greenmine.search.control.SolrSearchIndex;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.PortalProcess;

/**
 * The search benchmark ({@code ./mvnw -Pbench}): in one run and on the same data it starts a local
 * Solr node and the portal (Payara Micro, H2 file database) in a folder of its own, writes N
 * synthetic bilingual technologies and cases into the portal's database, and measures
 *
 * <ol>
 *   <li>a full rebuild through the portal's indexer (admin API) against raw SolrJ batch indexing of
 *       the very same documents into an empty core of the same node (batches of 1,000, one thread),
 *       run once before and once after the portal's rebuild;
 *   <li>{@code /api/search} against the same query (the portal's own translation, {@code
 *       SolrSearchIndex.toSolr(SearchQuery)}) sent straight to Solr, sequentially, alternating,
 *       after 100 warm-up rounds over all queries each way: Payara's C2 compiler first compiles the
 *       search path after about 5,000 calls (at 30 rounds, JFR still showed {@code
 *       SolrSearchIndex.search}, {@code toSolr} and {@code SearchApi.writeResults} being compiled
 *       in the measured phase, and Payara spent 2–3 times the CPU per call of the settled state);
 *   <li>{@code /api/search/suggest}.
 * </ol>
 *
 * Prints a table and writes it to {@code <work>/results.md}; stops Payara and Solr at the end.
 */
public final class SearchBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RAW_BATCH = 1000;
  private static final int COMMIT_WITHIN_MILLIS = 1000;
  private static final String CORE = LocalSolr.CORE;
  private static final String[] RAW_CORES = {"bench_raw_1", "bench_raw_2"};
  private static final String WARM_UP_CORE = "bench_warm_up";
  private static final int WARM_UP_DOCUMENTS = 10_000;

  private final Map<String, String> options;
  private final Path work;
  private final int count;
  private final long seed;
  private final long started = System.nanoTime();
  private final MachineLoad load = new MachineLoad();
  private double busiest;
  private long quietBudgetMillis;
  private int warmUpRounds;

  private LocalSolr solr;
  private PortalProcess portal;

  private SearchBenchmark(Map<String, String> options) {
    this.options = options;
    this.work = Path.of(options.get("work")).toAbsolutePath();
    this.count = Integer.parseInt(options.getOrDefault("count", "100000"));
    this.seed = Long.parseLong(options.getOrDefault("seed", "20260"));
  }

  public static void main(String[] args) {
    Map<String, String> options = parse(args);
    SearchBenchmark benchmark = new SearchBenchmark(options);
    Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopAll, "bench-shutdown"));
    watchParent();
    int exit;
    try {
      benchmark.run();
      exit = 0;
    } catch (Throwable e) {
      System.out.println("[bench] FAILED: " + e);
      e.printStackTrace(System.out);
      exit = 1;
    }
    benchmark.stopAll();
    System.exit(exit);
  }

  // ------------------------------------------------------------------ the run

  private void run() throws Exception {
    quietLogging();
    int port = Integer.parseInt(options.getOrDefault("port", "18080"));
    int solrPort = Integer.parseInt(options.getOrDefault("solr-port", "18983"));
    int searches = Integer.parseInt(options.getOrDefault("searches", "300"));
    int suggestions = Integer.parseInt(options.getOrDefault("suggestions", "300"));
    warmUpRounds = Integer.parseInt(options.getOrDefault("warm-up-rounds", "100"));
    quietBudgetMillis = 1000L * Integer.parseInt(options.getOrDefault("quiet-wait", "240"));
    refuseBusyPort(port, "greenmine.bench.port");
    refuseBusyPort(solrPort, "greenmine.bench.solr.port");

    for (String folder : List.of("solr", "db", "data", "payara-root", "logs")) {
      PortalProcess.deleteTree(work.resolve(folder));
    }
    Files.createDirectories(work.resolve("logs"));
    say(
        "Work folder "
            + work
            + "; "
            + count
            + " items, seed "
            + seed
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + Runtime.version());

    // Solr: the portal's core plus two empty cores of the same configset for the raw baseline
    Path solrHome = work.resolve("solr");
    for (String core : List.of(RAW_CORES[0], RAW_CORES[1], WARM_UP_CORE)) {
      Files.createDirectories(solrHome.resolve(core));
      Files.writeString(
          solrHome.resolve(core).resolve("core.properties"),
          "name=" + core + "\nconfigSet=greenmine\n");
    }
    long t = System.nanoTime();
    solr = LocalSolr.start(solrHome, Path.of(options.get("configset")), solrPort);
    say("Solr up at " + solr.baseUrl() + " in " + seconds(t) + " s");

    // the portal, on a copy of the WAR so that a rebuild of target/ meanwhile cannot touch it
    Path war = work.resolve("greenmine.war");
    Files.copy(Path.of(options.get("war")), war, StandardCopyOption.REPLACE_EXISTING);
    String dbUrl = "jdbc:h2:file:" + work.resolve("db").resolve("greenmine") + ";AUTO_SERVER=TRUE";
    String password = randomPassword();
    t = System.nanoTime();
    portal =
        PortalProcess.start(
            war,
            Path.of(options.get("micro")),
            work,
            Path.of(options.get("content")).toAbsolutePath(),
            dbUrl,
            solr.baseUrl(),
            password,
            port,
            // e.g. --payara-opts=-XX:StartFlightRecording=filename=/tmp/portal.jfr to profile it
            List.of(options.getOrDefault("payara-opts", "").split(" ")).stream()
                .filter(o -> !o.isBlank())
                .toList(),
            List.of("--nocluster"));
    say("Starting Payara Micro on port " + port + " (log: " + portal.log() + ") ...");
    if (!portal.awaitReady(Duration.ofMinutes(5))) {
      portal.tail(40).forEach(System.out::println);
      throw new IllegalStateException("the portal did not start; see " + portal.log());
    }
    double portalStart = seconds(t);
    load.include(portal.handle());
    say("Portal up at " + portal.baseUrl + " in " + portalStart + " s");

    PortalHttp admin = new PortalHttp(URI.create(portal.baseUrl));
    admin.login("admin", password);
    JsonNode state = adminState(admin);
    say("Logged in as admin; index queue " + state.get("queue"));
    awaitQueueEmpty(admin, Duration.ofMinutes(3));

    // (a) the synthetic items, straight into the portal's database
    List<SolrInputDocument> rawDocuments = new ArrayList<>(count);
    SyntheticContent content;
    long published;
    long textBytes = 0;
    double generateSeconds;
    try (BenchDatabase db = new BenchDatabase(dbUrl)) {
      long seeded = db.publishedCount();
      long firstId = db.reserveDocumentIds(count);
      content = new SyntheticContent(seed, firstId, db.associations(), db.provinces());
      say(
          "Generating "
              + count
              + " items into the portal's database (ids from "
              + firstId
              + "; "
              + seeded
              + " seed items published; vocabulary "
              + content.terms().size()
              + " thesaurus concepts) ...");
      t = System.nanoTime();
      long[] bytes = {0};
      int step =
          Math.max(BenchDatabase.BATCH, count / 5 / BenchDatabase.BATCH * BenchDatabase.BATCH);
      db.insert(
          content,
          count,
          done -> {
            if (done % step == 0 || done == count) {
              say("  " + done + " written");
            }
          },
          item -> {
            bytes[0] += item.textBytes();
            rawDocuments.add(toSolr(SyntheticContent.indexDocument(item)));
          });
      textBytes = bytes[0];
      generateSeconds = seconds(t);
      published = db.publishedCount();
    }
    say(
        "Generated in "
            + generateSeconds
            + " s; "
            + published
            + " items published; average text "
            + textBytes / Math.max(1, count)
            + " bytes (UTF-8) per item");
    SyntheticContent.Item sample = content.item(0);
    say("  e.g. " + sample.titleZh() + " / " + sample.titleEn());
    SyntheticContent.Item sampleCase = content.item(Math.min(1, count - 1));
    say("  e.g. " + sampleCase.titleZh() + " / " + sampleCase.titleEn());

    // (b) raw baseline, (c) the portal's rebuild, raw again
    // Solr's indexing code warmed up (JIT) on a throwaway core, so that neither side gets a cold
    // node
    say("Warm-up: " + Math.min(count, WARM_UP_DOCUMENTS) + " documents into a throwaway core");
    try (SolrClient client = solrClient(WARM_UP_CORE)) {
      for (int from = 0; from < Math.min(count, WARM_UP_DOCUMENTS); from += RAW_BATCH) {
        client.add(rawDocuments.subList(from, Math.min(count, from + RAW_BATCH)));
      }
      client.commit();
    }
    MachineLoad.Mark mark = phaseStarts("raw indexing 1");
    double raw1 = rawIndexing(RAW_CORES[0], rawDocuments);
    phaseEnded("raw indexing 1", mark);
    mark = phaseStarts("portal rebuild");
    Rebuild rebuild = portalRebuild(admin);
    phaseEnded("portal rebuild", mark);
    awaitQueueEmpty(admin, Duration.ofMinutes(5));
    mark = phaseStarts("raw indexing 2");
    double raw2 = rawIndexing(RAW_CORES[1], rawDocuments);
    phaseEnded("raw indexing 2", mark);
    rawDocuments.clear();
    String identical = compareSamples(content);
    say(identical);

    // (d) /api/search against Solr, (e) autocomplete
    SearchResult search = searchLatency(searches);
    SuggestResult suggest = suggestLatency(suggestions);

    report(
        new Summary(
            portalStart,
            published,
            textBytes / Math.max(1, count),
            generateSeconds,
            raw1,
            raw2,
            rebuild,
            search,
            suggest,
            identical));
  }

  /**
   * Before a measured phase: waits (from a budget for the whole run) until other processes leave
   * the machine alone, so that the figures are the benchmark's own.
   */
  private MachineLoad.Mark phaseStarts(String phase) throws InterruptedException {
    if (quietBudgetMillis > 0) {
      Duration waited = load.awaitQuiet(0.25, Duration.ofMillis(quietBudgetMillis));
      if (waited == null) {
        say("  (other processes keep the machine busy; measuring " + phase + " anyway)");
        quietBudgetMillis = 0;
      } else {
        quietBudgetMillis = Math.max(0, quietBudgetMillis - waited.toMillis());
        if (waited.toSeconds() > 4) {
          say("  (waited " + waited.toSeconds() + " s for other processes to quieten)");
        }
      }
    }
    return load.start();
  }

  private void phaseEnded(String phase, MachineLoad.Mark mark) {
    double others = load.end(phase, mark);
    busiest = Double.isNaN(others) ? busiest : Math.max(busiest, others);
    say("  (" + load.phases().get(load.phases().size() - 1) + ")");
  }

  // ------------------------------------------------------------------ indexing

  /** Adds the documents to an empty core in batches of 1,000 from one thread; docs/s. */
  private double rawIndexing(String core, List<SolrInputDocument> documents) throws Exception {
    say("Raw SolrJ: " + documents.size() + " documents into core " + core + " ...");
    try (SolrClient client = solrClient(core)) {
      long t = System.nanoTime();
      for (int from = 0; from < documents.size(); from += RAW_BATCH) {
        client.add(
            documents.subList(from, Math.min(documents.size(), from + RAW_BATCH)),
            COMMIT_WITHIN_MILLIS);
      }
      client.commit();
      long nanos = System.nanoTime() - t;
      long found = client.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
      if (found != documents.size()) {
        throw new IllegalStateException(core + " holds " + found + " of " + documents.size());
      }
      double rate = documents.size() / (nanos / 1e9);
      say(
          "  "
              + documents.size()
              + " searchable in "
              + String.format(Locale.ROOT, "%.1f", nanos / 1e9)
              + " s: "
              + Math.round(rate)
              + " docs/s");
      return rate;
    }
  }

  record Rebuild(
      long total,
      double searchableSeconds,
      double serverSeconds,
      double rateSearchable,
      double rateServer,
      long queuedAfter) {}

  /** POST rebuild, poll until the portal says done, then until Solr holds every document. */
  private Rebuild portalRebuild(PortalHttp admin) throws Exception {
    say("Portal: full rebuild through POST /api/admin/index/rebuild ...");
    long t = System.nanoTime();
    HttpResponse<String> started = admin.post("api/admin/index/rebuild", Map.of());
    if (started.statusCode() != 202) {
      throw new IllegalStateException(
          "rebuild answered " + started.statusCode() + ": " + started.body());
    }
    JsonNode state;
    long lastSay = System.nanoTime();
    while (true) {
      Thread.sleep(250);
      state = adminState(admin);
      JsonNode rebuild = state.get("rebuild");
      if (!rebuild.get("running").asBoolean() && !rebuild.path("endedAt").isNull()) {
        break;
      }
      if (System.nanoTime() - lastSay > 15_000_000_000L) {
        say("  " + rebuild.get("done").asLong() + " of " + rebuild.get("total").asLong() + " sent");
        lastSay = System.nanoTime();
      }
      if (seconds(t) > 900) {
        throw new IllegalStateException("rebuild still running after 15 minutes: " + rebuild);
      }
    }
    JsonNode rebuild = state.get("rebuild");
    if (!rebuild.path("error").isNull() && !rebuild.path("error").isMissingNode()) {
      throw new IllegalStateException("rebuild failed: " + rebuild);
    }
    long total = rebuild.get("total").asLong();
    long queuedAfter = state.get("queue").get("pending").asLong();
    double serverSeconds =
        Duration.between(
                    Instant.parse(rebuild.get("startedAt").asText()),
                    Instant.parse(rebuild.get("endedAt").asText()))
                .toMillis()
            / 1000.0;
    try (SolrClient client = solrClient(CORE)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (client.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound() < total) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the index never reached " + total + " documents");
        }
        Thread.sleep(100);
      }
    }
    double searchable = seconds(t);
    Rebuild result =
        new Rebuild(
            total,
            searchable,
            serverSeconds,
            total / searchable,
            total / serverSeconds,
            queuedAfter);
    say(
        "  "
            + total
            + " searchable in "
            + String.format(Locale.ROOT, "%.1f", searchable)
            + " s: "
            + Math.round(result.rateSearchable())
            + " docs/s (the portal's own clock: "
            + String.format(Locale.ROOT, "%.1f", serverSeconds)
            + " s, "
            + Math.round(result.rateServer())
            + " docs/s); "
            + queuedAfter
            + " task(s) in the outbox right after");
    return result;
  }

  /** The portal's documents against the raw baseline's: stored fields of a few items. */
  private String compareSamples(SyntheticContent content) throws Exception {
    List<String> differences = new ArrayList<>();
    int[] indexes = {0, 1, count / 2, count - 1};
    try (SolrClient portalCore = solrClient(CORE);
        SolrClient rawCore = solrClient(RAW_CORES[0])) {
      for (int index : indexes) {
        String id = content.item(index).key();
        SolrQuery byId = new SolrQuery("*:*").addFilterQuery("{!term f=id}" + id).setFields("*");
        List<SolrDocument> a = portalCore.query(byId).getResults();
        List<SolrDocument> b = rawCore.query(byId).getResults();
        if (a.size() != 1 || b.size() != 1) {
          differences.add(id + " found " + a.size() + "/" + b.size());
          continue;
        }
        Map<String, Object> fa = fields(a.get(0));
        Map<String, Object> fb = fields(b.get(0));
        for (String field : fa.keySet()) {
          if (!Objects.equals(String.valueOf(fa.get(field)), String.valueOf(fb.get(field)))) {
            differences.add(id + "." + field);
          }
        }
        if (!fa.keySet().equals(fb.keySet())) {
          differences.add(id + " fields " + fa.keySet() + " vs " + fb.keySet());
        }
      }
    }
    return differences.isEmpty()
        ? "Same documents: the stored fields of "
            + indexes.length
            + " sample items are identical in the portal's core and the raw core"
        : "DIFFERENT documents in the portal's core and the raw core: " + differences;
  }

  private static Map<String, Object> fields(SolrDocument document) {
    Map<String, Object> fields = new HashMap<>();
    for (String name : document.getFieldNames()) {
      if (!name.equals("_version_")) {
        fields.put(name, document.getFieldValue(name));
      }
    }
    return fields;
  }

  // ------------------------------------------------------------------ latency

  record SearchResult(
      Latencies portal,
      Latencies direct,
      Latencies extra,
      double portalCpuMillisPerCall,
      int distinct,
      int mismatches,
      List<String> slowest) {}

  private SearchResult searchLatency(int calls) throws Exception {
    List<BenchQueries.Search> searches = BenchQueries.searches();
    say(
        "Search latency: "
            + searches.size()
            + " distinct queries; warm-up "
            + warmUpRounds
            + " rounds each way, then "
            + calls
            + " sequential calls each way, alternating ...");
    Latencies portalTimes = new Latencies();
    Latencies directTimes = new Latencies();
    Latencies extraTimes = new Latencies();
    double portalCpuMillis;
    Map<BenchQueries.Search, Latencies> perQuery = new LinkedHashMap<>();
    int mismatches = 0;
    try (SolrClient direct = solrClient(CORE)) {
      for (int round = 0; round < warmUpRounds; round++) {
        double cpu = MachineLoad.cpuSeconds(portal.handle());
        long t = System.nanoTime();
        for (BenchQueries.Search s : searches) {
          long total = JSON.readTree(portalSearch(s)).get("total").asLong();
          long found = direct.query(toSolr(s.query())).getResults().getNumFound();
          if (round == 0 && total != found) {
            mismatches++;
            say("  MISMATCH " + s.label() + ": portal " + total + ", Solr " + found);
          }
        }
        if (round % 10 == 0 || round == warmUpRounds - 1) {
          say(
              String.format(
                  Locale.ROOT,
                  "  warm-up round %d: %.1f ms a pair, Payara CPU %.1f ms a call",
                  round + 1,
                  (System.nanoTime() - t) / 1e6 / searches.size(),
                  (MachineLoad.cpuSeconds(portal.handle()) - cpu) * 1000 / searches.size()));
        }
      }
      MachineLoad.Mark mark = phaseStarts("search latency");
      double payaraCpu = MachineLoad.cpuSeconds(portal.handle());
      for (int i = 0; i < calls; i++) {
        BenchQueries.Search s = searches.get(i % searches.size());
        SolrQuery params = toSolr(s.query());
        long portalNanos;
        long directNanos;
        if (i % 2 == 0) {
          directNanos = timeDirect(direct, params);
          portalNanos = timePortal(s);
        } else {
          portalNanos = timePortal(s);
          directNanos = timeDirect(direct, params);
        }
        portalTimes.add(portalNanos);
        directTimes.add(directNanos);
        extraTimes.add(portalNanos - directNanos);
        perQuery.computeIfAbsent(s, k -> new Latencies()).add(portalNanos);
      }
      portalCpuMillis = (MachineLoad.cpuSeconds(portal.handle()) - payaraCpu) * 1000 / calls;
      phaseEnded("search latency", mark);
    }
    List<String> slowest =
        perQuery.entrySet().stream()
            .sorted((a, b) -> Double.compare(b.getValue().p50(), a.getValue().p50()))
            .limit(5)
            .map(e -> e.getKey().label() + " " + Latencies.ms(e.getValue().p50()) + " ms")
            .toList();
    say(
        "  /api/search p50 "
            + Latencies.ms(portalTimes.p50())
            + " p95 "
            + Latencies.ms(portalTimes.p95())
            + " p99 "
            + Latencies.ms(portalTimes.p99())
            + " ms; Solr p50 "
            + Latencies.ms(directTimes.p50())
            + " p95 "
            + Latencies.ms(directTimes.p95())
            + " p99 "
            + Latencies.ms(directTimes.p99())
            + " ms; the portal's extra time per call, paired: p50 "
            + Latencies.ms(extraTimes.p50())
            + " ms; Payara CPU per call "
            + Latencies.ms(portalCpuMillis)
            + " ms");
    return new SearchResult(
        portalTimes,
        directTimes,
        extraTimes,
        portalCpuMillis,
        searches.size(),
        mismatches,
        slowest);
  }

  private long timeDirect(SolrClient direct, SolrQuery params) throws Exception {
    long t = System.nanoTime();
    direct.query(params);
    return System.nanoTime() - t;
  }

  private long timePortal(BenchQueries.Search s) throws Exception {
    long t = System.nanoTime();
    portalSearch(s);
    return System.nanoTime() - t;
  }

  private String portalSearch(BenchQueries.Search s) throws Exception {
    BlockingGet.Answer response = get(s.apiPath());
    if (response.status() != 200) {
      throw new IllegalStateException(
          s.apiPath() + " answered " + response.status() + ": " + response.body());
    }
    return response.body();
  }

  record SuggestResult(
      Latencies portal, Latencies direct, Latencies bare, int distinct, double averageItems) {}

  private SuggestResult suggestLatency(int calls) throws Exception {
    List<String> prefixes = BenchQueries.prefixes();
    say(
        "Autocomplete latency: "
            + prefixes.size()
            + " prefixes; warm-up once, then "
            + calls
            + " sequential calls ...");
    Latencies portalTimes = new Latencies();
    Latencies directTimes = new Latencies();
    Latencies bareTimes = new Latencies();
    long items = 0;
    try (SolrClient direct = solrClient(CORE)) {
      for (String prefix : prefixes) {
        suggest(prefix);
        direct.query(toSuggestQuery(prefix));
      }
      // the container's own round trip: an empty prefix is answered without Solr or thesaurus
      for (int i = 0; i < calls; i++) {
        long t = System.nanoTime();
        suggest("");
        if (i >= prefixes.size()) {
          bareTimes.add(System.nanoTime() - t);
        }
      }
      MachineLoad.Mark mark = phaseStarts("autocomplete latency");
      for (int i = 0; i < calls; i++) {
        String prefix = prefixes.get(i % prefixes.size());
        SolrQuery params = toSuggestQuery(prefix);
        long t = System.nanoTime();
        String body = suggest(prefix);
        portalTimes.add(System.nanoTime() - t);
        items += JSON.readTree(body).size();
        directTimes.add(timeDirect(direct, params));
      }
      phaseEnded("autocomplete latency", mark);
    }
    say(
        "  /api/search/suggest p50 "
            + Latencies.ms(portalTimes.p50())
            + " p95 "
            + Latencies.ms(portalTimes.p95())
            + " p99 "
            + Latencies.ms(portalTimes.p99())
            + " ms; its Solr query alone p50 "
            + Latencies.ms(directTimes.p50())
            + " p95 "
            + Latencies.ms(directTimes.p95())
            + " ms; an empty prefix (no Solr) p50 "
            + Latencies.ms(bareTimes.p50())
            + " ms");
    return new SuggestResult(
        portalTimes, directTimes, bareTimes, prefixes.size(), (double) items / Math.max(1, calls));
  }

  private String suggest(String prefix) throws Exception {
    BlockingGet.Answer response = get("api/search/suggest?q=" + BenchQueries.encode(prefix));
    if (response.status() != 200) {
      throw new IllegalStateException("suggest " + prefix + " answered " + response.status());
    }
    return response.body();
  }

  // ------------------------------------------------------------------ report

  record Summary(
      double portalStartSeconds,
      long published,
      long averageBytes,
      double generateSeconds,
      double raw1,
      double raw2,
      Rebuild rebuild,
      SearchResult search,
      SuggestResult suggest,
      String identical) {}

  private void report(Summary s) throws IOException {
    double rawMean = (s.raw1() + s.raw2()) / 2;
    double rawBest = Math.max(s.raw1(), s.raw2());
    double rebuildRatio = s.rebuild().rateSearchable() / rawMean;
    double p50Ratio = s.search().portal().p50() / s.search().direct().p50();
    double p95 = s.search().portal().p95();
    double suggestP95 = s.suggest().portal().p95();
    String when =
        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
            Instant.now().atOffset(ZoneOffset.UTC).withNano(0));

    StringBuilder md = new StringBuilder();
    md.append("# Search benchmark\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%s UTC · %,d synthetic items (technologies and cases, zh+en, avg %d bytes of text)"
                + " + %,d seed items · seed %d · %d cores · Java %s · Solr 9.10.1 (one local"
                + " node) · Payara Micro 6 (-Xmx768m) · H2 file database%n%n",
            when,
            count,
            s.averageBytes(),
            s.published() - count,
            seed,
            Runtime.getRuntime().availableProcessors(),
            Runtime.version().feature()));
    md.append(
        "Command: `./mvnw -Pbench"
            + (count == 100_000 ? "" : " -Dgreenmine.bench.count=" + count)
            + "`; all calls sequential, one client thread.\n\n");
    md.append("| measure | portal | raw Solr | ratio | target | met |\n");
    md.append("|---|---:|---:|---:|---|---|\n");
    md.append(
        row(
            "full rebuild, docs/s (until searchable)",
            String.format(Locale.ROOT, "%,.0f", s.rebuild().rateSearchable()),
            String.format(Locale.ROOT, "%,.0f", rawMean),
            String.format(Locale.ROOT, "%.2f", rebuildRatio),
            "≥ 0.80 × raw",
            rebuildRatio >= 0.8));
    md.append(
        row(
            "`/api/search` p50, ms",
            Latencies.ms(s.search().portal().p50()),
            Latencies.ms(s.search().direct().p50()),
            String.format(Locale.ROOT, "%.2f", p50Ratio),
            "≤ 1.25 × raw",
            p50Ratio <= 1.25));
    md.append(
        row(
            "`/api/search` p95, ms",
            Latencies.ms(p95),
            Latencies.ms(s.search().direct().p95()),
            String.format(Locale.ROOT, "%.2f", p95 / s.search().direct().p95()),
            "< 100 ms",
            p95 < 100));
    md.append(
        row(
            "`/api/search` p99, ms",
            Latencies.ms(s.search().portal().p99()),
            Latencies.ms(s.search().direct().p99()),
            String.format(
                Locale.ROOT, "%.2f", s.search().portal().p99() / s.search().direct().p99()),
            "",
            null));
    md.append(
        row(
            "`/api/search/suggest` p50, ms",
            Latencies.ms(s.suggest().portal().p50()),
            Latencies.ms(s.suggest().direct().p50()),
            "",
            "",
            null));
    md.append(
        row(
            "`/api/search/suggest` p95, ms",
            Latencies.ms(suggestP95),
            Latencies.ms(s.suggest().direct().p95()),
            "",
            "< 30 ms",
            suggestP95 < 30));
    md.append("\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- Raw SolrJ (the portal's own client, SolrConnection.client(), batches of %,d, one thread, commitWithin %d ms, final"
                + " commit; the same `SolrInputDocument`s the portal's `SolrSearchIndex.toSolr`"
                + " builds, into an empty core of the same node, warmed up first with 10,000"
                + " documents on a throwaway core): %,.0f docs/s before the portal's rebuild, %,.0f"
                + " after (best %,.0f; the portal's ratio to the best %.2f). The ratio in the"
                + " table is to their mean.%n",
            RAW_BATCH,
            COMMIT_WITHIN_MILLIS,
            s.raw1(),
            s.raw2(),
            rawBest,
            s.rebuild().rateSearchable() / rawBest));
    md.append(
        String.format(
            Locale.ROOT,
            "- Portal rebuild (`POST /api/admin/index/rebuild`, batches of 500 read from H2 while"
                + " the previous one is sent): %,d documents searchable %.1f s after the request;"
                + " the portal's own start–end %.1f s (%,.0f docs/s, includes its final"
                + " database/index comparison); %d task(s) queued in the outbox by that"
                + " comparison.%n",
            s.rebuild().total(),
            s.rebuild().searchableSeconds(),
            s.rebuild().serverSeconds(),
            s.rebuild().rateServer(),
            s.rebuild().queuedAfter()));
    md.append("- " + s.identical() + ".\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- Search: %d sequential calls each way over %d distinct queries (Chinese, English,"
                + " mixed; half with facet filters; some page 2–4 or newest first; 4 filter-only),"
                + " after %d warm-up rounds over all queries; each call is the portal's `GET /api/search?...&size=10`"
                + " (HTTP/1.1, JSON read to the end) and the same query straight to Solr with"
                + " the portal's own SolrJ client and the parameters `SolrSearchIndex.toSolr(SearchQuery)` builds (edismax, 9 facets,"
                + " highlighting, spellcheck), alternating which goes first; both sides call over a"
                + " blocking `HttpURLConnection` on the calling thread, as the portal reads Solr;"
                + " totals %s. Max:"
                + " portal %s ms, Solr %s ms.%n",
            s.search().portal().count(),
            s.search().distinct(),
            warmUpRounds,
            s.search().mismatches() == 0
                ? "identical for every query"
                : s.search().mismatches() + " queries DIFFER",
            Latencies.ms(s.search().portal().max()),
            Latencies.ms(s.search().direct().max())));
    md.append(
        String.format(
            Locale.ROOT,
            "- The portal's extra time per search call (its time minus Solr's, same query, paired):"
                + " p50 %s ms, p95 %s ms; Payara's CPU time per call %s ms. The container's bare"
                + " round trip (`/api/search/suggest?q=`, answered without Solr): p50 %s ms, p95"
                + " %s ms.%n",
            Latencies.ms(s.search().extra().p50()),
            Latencies.ms(s.search().extra().p95()),
            Latencies.ms(s.search().portalCpuMillisPerCall()),
            Latencies.ms(s.suggest().bare().p50()),
            Latencies.ms(s.suggest().bare().p95())));
    md.append(
        "- Slowest queries through the portal (p50): "
            + String.join("; ", s.search().slowest())
            + ".\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- Autocomplete: %d sequential calls over %d prefixes (1–3 Chinese characters, 2–7"
                + " letters), %.1f suggestions per answer on average; \"raw Solr\" is its title"
                + " query alone (`toSuggestQuery`); the thesaurus part runs in the portal.%n",
            s.suggest().portal().count(),
            s.suggest().distinct(),
            s.suggest().averageItems()));
    md.append(
        String.format(
            Locale.ROOT,
            "- Set-up: portal start %.0f s; %,d items generated and written to H2 (over its"
                + " AUTO_SERVER TCP link) in %.0f s; whole run %.0f s.%n",
            s.portalStartSeconds(),
            count,
            s.generateSeconds(),
            seconds(started)));
    md.append(
        "- CPU during the measured phases (benchmark = this JVM with Solr and the clients, plus"
            + " Payara): "
            + String.join("; ", load.phases())
            + ".\n");
    if (busiest > 0.25) {
      md.append(
          String.format(
              Locale.ROOT,
              "- **The machine was shared**: other processes used up to %.2f cores during a"
                  + " measured phase; these figures are not clean. Run again on a quiet machine.%n",
              busiest));
    }

    Path results = work.resolve("results.md");
    Files.writeString(results, md.toString());
    System.out.println();
    System.out.println(md);
    say("Results written to " + results);
  }

  private static String row(
      String measure, String portal, String raw, String ratio, String target, Boolean met) {
    return "| "
        + String.join(
            " | ", measure, portal, raw, ratio, target, met == null ? "" : met ? "yes" : "**no**")
        + " |\n";
  }

  // ------------------------------------------------------------------ helpers

  private JsonNode adminState(PortalHttp admin) throws Exception {
    HttpResponse<String> response = admin.get("api/admin/index");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET /api/admin/index answered " + response.statusCode() + " (not logged in?)");
    }
    return JSON.readTree(response.body());
  }

  /** Until the outbox is empty on two polls in a row (the start-up reconcile may add to it). */
  private void awaitQueueEmpty(PortalHttp admin, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    int empty = 0;
    while (empty < 2) {
      JsonNode queue = adminState(admin).get("queue");
      empty = queue.get("pending").asLong() == 0 ? empty + 1 : 0;
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the index outbox did not empty: " + queue);
      }
      Thread.sleep(1000);
    }
  }

  private SolrClient solrClient(String core) {
    // the client the portal itself uses, so the raw side is as fast as the portal's own Solr calls
    return SolrConnection.standalone(solr.baseUrl(), core).client();
  }

  private BlockingGet.Answer get(String path) throws IOException {
    return BlockingGet.get(portal.baseUrl + path, "zh");
  }

  // the portal's own translations; package-private in SolrSearchIndex, so reached by reflection
  private static final Method TO_SOLR_DOCUMENT = declared("toSolr", IndexDocument.class);
  private static final Method TO_SOLR_QUERY = declared("toSolr", SearchQuery.class);
  private static final Method TO_SUGGEST_QUERY =
      declared("toSuggestQuery", String.class, int.class);

  private static Method declared(String name, Class<?>... parameters) {
    try {
      Method method = SolrSearchIndex.class.getDeclaredMethod(name, parameters);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("SolrSearchIndex." + name + " is gone", e);
    }
  }

  private static <T> T invoke(Method method, Object... arguments) {
    try {
      @SuppressWarnings("unchecked")
      T result = (T) method.invoke(null, arguments);
      return result;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  static SolrInputDocument toSolr(IndexDocument document) {
    return invoke(TO_SOLR_DOCUMENT, document);
  }

  static SolrQuery toSolr(SearchQuery query) {
    return invoke(TO_SOLR_QUERY, query);
  }

  static SolrQuery toSuggestQuery(String typed) {
    return invoke(TO_SUGGEST_QUERY, typed, 10);
  }

  private synchronized void stopAll() {
    if (portal != null) {
      say("Stopping Payara Micro ...");
      portal.close();
      portal = null;
    }
    if (solr != null) {
      say("Stopping Solr ...");
      try {
        solr.close();
      } catch (Exception e) {
        System.out.println("[bench] Solr did not stop cleanly: " + e);
      }
      solr = null;
      say("Stopped; total " + seconds(started) + " s.");
    }
  }

  private static void quietLogging() {
    Logger.getLogger("").setLevel(Level.WARNING);
    for (var handler : Logger.getLogger("").getHandlers()) {
      handler.setLevel(Level.WARNING);
    }
    org.apache.logging.log4j.core.config.Configurator.setRootLevel(
        org.apache.logging.log4j.Level.WARN);
  }

  private static void refuseBusyPort(int port, String property) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "port " + port + " is in use; choose another with -D" + property + "=<port>");
    }
  }

  private static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder("Bench-");
    for (int i = 0; i < 20; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }

  private static void watchParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent -> {
              Thread watchdog =
                  new Thread(
                      () -> {
                        parent.onExit().join();
                        say("The parent process ended; shutting down.");
                        System.exit(1);
                      },
                      "parent-watchdog");
              watchdog.setDaemon(true);
              watchdog.start();
            });
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    for (String required : List.of("war", "micro", "configset", "content", "work")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("missing --" + required + "=...");
      }
    }
    return options;
  }

  private static void say(String line) {
    System.out.println("[bench] " + line);
    System.out.flush();
  }
}
