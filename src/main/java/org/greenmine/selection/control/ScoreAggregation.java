package org.greenmine.selection.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greenmine.platform.control.InvalidInput;

/**
 * How a scoring round turns experts' scores into one figure per application, a rank and a spread.
 *
 * <p><b>Methods.</b> {@code MEAN}; {@code MEDIAN} (the mean of the two middle scores when their
 * number is even); {@code TRIMMED_MEAN} drops one highest and one lowest score when there are at
 * least {@value #TRIM_FROM} scores, and is the plain mean below that.
 *
 * <p><b>Z-score normalisation</b> (optional), against lenient or harsh experts. Over all scores
 * given to {@link #aggregate}: for each expert e with the scores x<sub>e,a</sub> they gave, mean
 * m<sub>e</sub> and population standard deviation s<sub>e</sub> (divided by n, not n − 1); for the
 * pool of all scores, mean μ and population standard deviation σ. Each score becomes μ + σ ·
 * (x<sub>e,a</sub> − m<sub>e</sub>) / s<sub>e</sub>: the expert's z-score put back on the pool's
 * scale. An expert whose scores do not vary (s<sub>e</sub> = 0, which includes an expert with one
 * score) tells nothing about order, so each of their scores becomes μ. Normalised figures are not
 * clamped to the criteria's range. Normalisation is computed in double precision, in a fixed order
 * (by expert, then application), so the result does not depend on the input's order.
 *
 * <p><b>Figures.</b> Without normalisation the arithmetic is decimal, on the scores as the experts
 * typed them: sums exact, quotients to 16 significant digits. The published figure is the aggregate
 * rounded half-up to 2 decimals, and ranks and ties are decided on that figure, so what is
 * published is what decided. Lowest, highest and spread (highest − lowest, to flag disagreement)
 * are on the same scale as the aggregate, after normalisation when it is on, rounded the same way.
 *
 * <p><b>Ranking.</b> An application with fewer than {@code minimumScores} scores is not ranked
 * (rank 0) though its figure is still reported. Ranked applications get standard competition ranks
 * (1, 2, 2, 4) by figure, highest first.
 */
public record ScoreAggregation(Method method, Normalisation normalisation, int minimumScores) {
  /** The number of scores from which the trimmed mean drops the highest and the lowest. */
  public static final int TRIM_FROM = 5;

  public static final int DISPLAY_SCALE = 2;

  public enum Method {
    MEAN,
    MEDIAN,
    TRIMMED_MEAN
  }

  public enum Normalisation {
    NONE,
    Z_SCORE
  }

  /** One expert's score (a total, or one item's score) for one application. */
  public record ExpertScore(String applicationId, String expertId, BigDecimal value) {
    public ExpertScore {
      Objects.requireNonNull(applicationId, "applicationId");
      Objects.requireNonNull(expertId, "expertId");
      Objects.requireNonNull(value, "value");
    }
  }

  /** One application's aggregate; {@code rank} is 0 when it has too few scores to be ranked. */
  public record Result(
      String applicationId,
      int scoreCount,
      BigDecimal score,
      BigDecimal lowest,
      BigDecimal highest,
      int rank) {
    public boolean ranked() {
      return rank > 0;
    }

    /** Highest − lowest: a large spread flags experts who disagree. */
    public BigDecimal spread() {
      return highest.subtract(lowest);
    }
  }

  public ScoreAggregation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(normalisation, "normalisation");
    if (minimumScores < 1) {
      throw new InvalidInput("selection.aggregation.minimum", minimumScores);
    }
  }

  /**
   * Aggregates the scores of one round. Each expert scores an application at most once (the ballot
   * box keeps only the latest ballot). Results: ranked applications by rank then id, then the
   * applications not ranked, by id.
   */
  public List<Result> aggregate(Collection<ExpertScore> scores) {
    ExpertScore[] sorted = scores.toArray(ExpertScore[]::new);
    Arrays.sort(
        sorted,
        Comparator.comparing(ExpertScore::expertId).thenComparing(ExpertScore::applicationId));
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i].expertId().equals(sorted[i - 1].expertId())
          && sorted[i].applicationId().equals(sorted[i - 1].applicationId())) {
        throw new InvalidInput(
            "selection.aggregation.duplicate", sorted[i].expertId(), sorted[i].applicationId());
      }
    }
    BigDecimal[] values = new BigDecimal[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      values[i] = sorted[i].value();
    }
    if (normalisation == Normalisation.Z_SCORE) {
      values = zScores(sorted);
    }

    Map<String, List<BigDecimal>> byApplication = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      byApplication
          .computeIfAbsent(sorted[i].applicationId(), id -> new ArrayList<>())
          .add(values[i]);
    }
    List<Result> results = new ArrayList<>(byApplication.size());
    for (Map.Entry<String, List<BigDecimal>> application : byApplication.entrySet()) {
      BigDecimal[] ascending = application.getValue().toArray(BigDecimal[]::new);
      Arrays.sort(ascending);
      results.add(
          new Result(
              application.getKey(),
              ascending.length,
              display(combine(ascending)),
              display(ascending[0]),
              display(ascending[ascending.length - 1]),
              0));
    }
    return ranked(results);
  }

  private List<Result> ranked(List<Result> results) {
    List<Result> eligible = new ArrayList<>();
    List<Result> notRanked = new ArrayList<>();
    for (Result result : results) {
      (result.scoreCount() >= minimumScores ? eligible : notRanked).add(result);
    }
    eligible.sort(
        Comparator.comparing(Result::score, Comparator.reverseOrder())
            .thenComparing(Result::applicationId));
    notRanked.sort(Comparator.comparing(Result::applicationId));
    List<Result> out = new ArrayList<>(results.size());
    for (int i = 0; i < eligible.size(); i++) {
      Result r = eligible.get(i);
      int rank =
          i > 0 && eligible.get(i - 1).score().compareTo(r.score()) == 0
              ? out.get(i - 1).rank()
              : i + 1;
      out.add(
          new Result(r.applicationId(), r.scoreCount(), r.score(), r.lowest(), r.highest(), rank));
    }
    out.addAll(notRanked);
    return List.copyOf(out);
  }

  /** The method applied to one application's scores, given in ascending order. */
  private BigDecimal combine(BigDecimal[] ascending) {
    int n = ascending.length;
    return switch (method) {
      case MEAN -> mean(ascending, 0, n);
      case TRIMMED_MEAN -> n >= TRIM_FROM ? mean(ascending, 1, n - 1) : mean(ascending, 0, n);
      case MEDIAN ->
          n % 2 == 1
              ? ascending[n / 2]
              : ascending[n / 2 - 1].add(ascending[n / 2]).divide(BigDecimal.valueOf(2));
    };
  }

  private static BigDecimal mean(BigDecimal[] values, int from, int to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      sum = sum.add(values[i]);
    }
    // 16 significant digits: a mean of scores with a few decimals is either exactly on a rounding
    // boundary (and then exact here) or far further from one than 10^-12, so rounding it again to
    // 2 decimals gives the same figure as rounding the exact quotient
    return sum.divide(BigDecimal.valueOf(to - from), MathContext.DECIMAL64);
  }

  /** The figure as published: half-up to 2 decimals. */
  public static BigDecimal display(BigDecimal value) {
    return value.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal[] zScores(ExpertScore[] sortedByExpert) {
    int n = sortedByExpert.length;
    BigDecimal[] out = new BigDecimal[n];
    if (n == 0) {
      return out;
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = sortedByExpert[i].value().doubleValue();
    }
    Spread pool = Spread.of(sortedByExpert, x, 0, n);
    int start = 0;
    while (start < n) {
      String expert = sortedByExpert[start].expertId();
      int end = start;
      while (end < n && sortedByExpert[end].expertId().equals(expert)) {
        end++;
      }
      Spread own = Spread.of(sortedByExpert, x, start, end);
      for (int i = start; i < end; i++) {
        double z = own.sd() > 0 ? (x[i] - own.mean()) / own.sd() : 0;
        out[i] = BigDecimal.valueOf(pool.mean() + pool.sd() * z);
      }
      start = end;
    }
    return out;
  }

  /** Mean (exact decimal, then double) and population standard deviation of a run of scores. */
  private record Spread(double mean, double sd) {
    static Spread of(ExpertScore[] scores, double[] x, int from, int to) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean allEqual = true;
      for (int i = from; i < to; i++) {
        sum = sum.add(scores[i].value());
        allEqual &= scores[i].value().compareTo(scores[from].value()) == 0;
      }
      int count = to - from;
      double mean = sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue();
      if (allEqual) {
        // exactly no spread: floating-point residue must not turn into a z-score
        return new Spread(mean, 0);
      }
      double squares = 0;
      for (int i = from; i < to; i++) {
        squares += (x[i] - mean) * (x[i] - mean);
      }
      return new Spread(mean, Math.sqrt(squares / count));
    }
  }
}
