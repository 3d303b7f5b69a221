package org.greenmine.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.greenmine.selection.control.CriteriaTree;
import org.greenmine.selection.control.PanelAssignment;
import org.greenmine.selection.control.ReviewPair;
import org.greenmine.selection.control.ScoreAggregation;

/**
 * Times the selection rules on a national-scale round, in-process, no container:
 *
 * <ol>
 *   <li>tally: 5,000 applications × 7 experts × 49 items (the 2024 indicators), each ballot's item
 *       scores checked and totalled against the criteria tree, then z-score normalisation and
 *       trimmed mean;
 *   <li>assignment: 1,000 applications to 200 experts, 5 per application, about 5 % of pairs in
 *       conflict.
 * </ol>
 *
 * Data come from a fixed seed and are built before timing. Each task is warmed up, then timed 5
 * times; the medians of wall time and of the timing thread's CPU time are reported (the second is
 * the fairer figure on a machine busy with other work; the system load average is printed). Run
 * from the project folder: {@code java -cp target/test-classes:target/classes
 * org.greenmine.bench.SelectionBenchmark}.
 */
public final class SelectionBenchmark {
  private static final long SEED = 20240101L;
  private static final int WARM_UPS = 3;
  private static final int RUNS = 5;

  private SelectionBenchmark() {}

  public static void main(String[] args) throws IOException {
    CriteriaTree tree;
    try (Reader in =
        Files.newBufferedReader(
            Path.of("content/selection/indicators-2024.csv"), StandardCharsets.UTF_8)) {
      tree = CriteriaTree.fromCsv(in, BigDecimal.valueOf(100));
    }
    System.out.printf(
        Locale.ROOT,
        "java %s, %d cores available, load average %.2f%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    List<Sheet> sheets = sheets(tree, 5_000, 7, 300);
    ScoreAggregation aggregation =
        new ScoreAggregation(
            ScoreAggregation.Method.TRIMMED_MEAN, ScoreAggregation.Normalisation.Z_SCORE, 3);
    List<ScoreAggregation.Result> results =
        time(
            "tally 5,000 applications x 7 experts x 49 items (trimmed mean, z-score)",
            () -> tally(tree, sheets, aggregation));
    System.out.printf(
        Locale.ROOT,
        "  %d applications ranked; best %s, spread of the best %s%n",
        results.stream().filter(ScoreAggregation.Result::ranked).count(),
        results.get(0).score(),
        results.get(0).spread());

    PanelAssignment.Pool pool = pool(200, 1_000, 5);
    PanelAssignment assignment = new PanelAssignment(5, SEED);
    PanelAssignment.Result panels =
        time(
            "assign 1,000 applications to 200 experts, k = 5, ~5% conflicts",
            () -> assignment.assign(pool));
    System.out.printf(
        Locale.ROOT,
        "  %d conflicts; complete %s; loads %d..%d (ceiling %d, floor %d)%n",
        pool.conflicts().size(),
        panels.complete(),
        panels.loads().values().stream().mapToInt(Integer::intValue).min().orElse(0),
        panels.loads().values().stream().mapToInt(Integer::intValue).max().orElse(0),
        panels.loadCeiling(),
        panels.loadFloor());
  }

  /** One expert's item scores for one application. */
  private record Sheet(String applicationId, String expertId, Map<String, BigDecimal> items) {}

  private static List<ScoreAggregation.Result> tally(
      CriteriaTree tree, List<Sheet> sheets, ScoreAggregation aggregation) {
    List<ScoreAggregation.ExpertScore> totals = new ArrayList<>(sheets.size());
    for (Sheet sheet : sheets) {
      totals.add(
          new ScoreAggregation.ExpertScore(
              sheet.applicationId(), sheet.expertId(), tree.totalOf(sheet.items())));
    }
    return aggregation.aggregate(totals);
  }

  /** Sheets from a pool of experts, some lenient, some harsh, scoring to one decimal. */
  private static List<Sheet> sheets(
      CriteriaTree tree, int applications, int perApplication, int experts) {
    Random random = new Random(SEED);
    double[] bias = new double[experts];
    for (int e = 0; e < experts; e++) {
      bias[e] = random.nextGaussian() * 0.08;
    }
    List<Sheet> sheets = new ArrayList<>(applications * perApplication);
    for (int a = 0; a < applications; a++) {
      double quality = 0.55 + random.nextDouble() * 0.4;
      Set<Integer> panel = new HashSet<>();
      while (panel.size() < perApplication) {
        panel.add(random.nextInt(experts));
      }
      for (int e : panel.stream().sorted().toList()) {
        Map<String, BigDecimal> items = new HashMap<>();
        for (CriteriaTree.Criterion item : tree.items()) {
          double share = quality + bias[e] + random.nextGaussian() * 0.1;
          double max = item.maxPoints().doubleValue();
          long tenths = Math.round(Math.max(0, Math.min(1, share)) * max * 10);
          items.put(item.code(), BigDecimal.valueOf(tenths, 1));
        }
        sheets.add(new Sheet(String.format("A%05d", a), String.format("E%03d", e), items));
      }
    }
    return sheets;
  }

  private static PanelAssignment.Pool pool(int experts, int applications, int conflictPercent) {
    Random random = new Random(SEED);
    List<String> e = new ArrayList<>();
    for (int i = 0; i < experts; i++) {
      e.add(String.format("E%03d", i));
    }
    List<String> a = new ArrayList<>();
    for (int i = 0; i < applications; i++) {
      a.add(String.format("A%05d", i));
    }
    Set<ReviewPair> conflicts = new HashSet<>();
    for (String application : a) {
      for (String expert : e) {
        if (random.nextInt(100) < conflictPercent) {
          conflicts.add(new ReviewPair(expert, application));
        }
      }
    }
    return new PanelAssignment.Pool(e, a, conflicts);
  }

  private static <T> T time(String label, Supplier<T> task) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    T result = null;
    for (int i = 0; i < WARM_UPS; i++) {
      result = task.get();
    }
    long[] wall = new long[RUNS];
    long[] cpu = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      result = task.get();
      wall[i] = System.nanoTime() - start;
      cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
    }
    StringBuilder runs = new StringBuilder();
    for (long n : wall) {
      runs.append(runs.isEmpty() ? "" : ", ").append(millis(n));
    }
    System.out.printf(
        Locale.ROOT,
        "%s: median %s ms wall, %s ms CPU of the timing thread (runs: %s ms; %d warm-ups)%n",
        label,
        millis(median(wall)),
        millis(median(cpu)),
        runs,
        WARM_UPS);
    return result;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }
}
