package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenmine.selection.control.ScoreAggregation.Method.MEAN;
import static org.greenmine.selection.control.ScoreAggregation.Method.MEDIAN;
import static org.greenmine.selection.control.ScoreAggregation.Method.TRIMMED_MEAN;
import static org.greenmine.selection.control.ScoreAggregation.Normalisation.NONE;
import static org.greenmine.selection.control.ScoreAggregation.Normalisation.Z_SCORE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.ScoreAggregation;
import org.greenmine.selection.control.ScoreAggregation.ExpertScore;
import org.greenmine.selection.control.ScoreAggregation.Method;
import org.greenmine.selection.control.ScoreAggregation.Result;
import org.junit.jupiter.api.Test;

class ScoreAggregationTest {
  private static List<ExpertScore> scores(String application, String... values) {
    List<ExpertScore> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(new ExpertScore(application, "e" + (i + 1), new BigDecimal(values[i])));
    }
    return out;
  }

  private static Result only(Method method, String... values) {
    return new ScoreAggregation(method, NONE, 1).aggregate(scores("app", values)).get(0);
  }

  @Test
  void fiveScoresMeanMedianAndTrimmedMean() {
    String[] five = {"50", "80", "82", "84", "99"};
    assertThat(only(MEAN, five).score()).isEqualTo("79.00");
    assertThat(only(MEDIAN, five).score()).isEqualTo("82.00");
    // 50 and 99 dropped: (80 + 82 + 84) / 3
    assertThat(only(TRIMMED_MEAN, five).score()).isEqualTo("82.00");
    assertThat(only(TRIMMED_MEAN, five).spread()).isEqualTo("49.00");
  }

  @Test
  void belowFiveScoresTheTrimmedMeanIsThePlainMean() {
    String[] four = {"50", "80", "82", "99"};
    assertThat(only(TRIMMED_MEAN, four).score()).isEqualTo("77.75");
    assertThat(only(MEAN, four).score()).isEqualTo("77.75");
    assertThat(only(MEDIAN, four).score()).isEqualTo("81.00");
  }

  @Test
  void sixScoresDropOnlyOneHighestAndOneLowest() {
    String[] six = {"70", "71", "72", "73", "74", "100"};
    assertThat(only(TRIMMED_MEAN, six).score()).isEqualTo("72.50");
    assertThat(only(MEAN, six).score()).isEqualTo("76.67");
    assertThat(only(MEDIAN, six).score()).isEqualTo("72.50");
    // ties at the extremes: only one of each is dropped
    assertThat(only(TRIMMED_MEAN, "60", "60", "80", "90", "90").score()).isEqualTo("76.67");
  }

  @Test
  void roundingIsHalfUpOnTheExactDecimal() {
    // in binary floating point (2.67 + 2.68) / 2 is 2.67499999…, which would round down
    assertThat(only(MEAN, "2.67", "2.68").score()).isEqualTo("2.68");
    assertThat(only(MEAN, "85.12", "85.13").score()).isEqualTo("85.13");
    assertThat(only(MEAN, "1", "1", "2").score()).isEqualTo("1.33");
    assertThat(only(MEAN, "1", "2", "2").score()).isEqualTo("1.67");
  }

  @Test
  void tooFewScoresAreNotRankedAndTiesShareARank() {
    List<ExpertScore> all = new ArrayList<>();
    all.addAll(scores("a", "90", "90", "90"));
    all.addAll(scores("b", "85", "85", "85"));
    all.addAll(scores("c", "84", "86", "85"));
    all.addAll(scores("d", "80", "80", "80"));
    all.addAll(scores("e", "99", "99"));
    List<Result> results = new ScoreAggregation(MEAN, NONE, 3).aggregate(all);
    assertThat(results).extracting(Result::applicationId).containsExactly("a", "b", "c", "d", "e");
    assertThat(results).extracting(Result::rank).containsExactly(1, 2, 2, 4, 0);
    Result e = results.get(4);
    assertThat(e.ranked()).isFalse();
    assertThat(e.scoreCount()).isEqualTo(2);
    assertThat(e.score()).isEqualTo("99.00");
    assertThat(results.get(2).spread()).isEqualTo("2.00");
  }

  /**
   * Expert 1 is harsh and spread out (80, 70, 60), expert 2 lenient (90, 85, 80), expert 3 gives
   * everyone 75. Pool mean 76.67, pool sd √(200/3); both experts' z-scores are +1.2247, 0, −1.2247,
   * which the pool's sd turns into +10, 0, −10; expert 3's scores become the pool mean.
   */
  @Test
  void zScoreNormalisationByHand() {
    List<ExpertScore> all =
        List.of(
            new ExpertScore("A", "e1", new BigDecimal("80")),
            new ExpertScore("B", "e1", new BigDecimal("70")),
            new ExpertScore("C", "e1", new BigDecimal("60")),
            new ExpertScore("A", "e2", new BigDecimal("90")),
            new ExpertScore("B", "e2", new BigDecimal("85")),
            new ExpertScore("C", "e2", new BigDecimal("80")),
            new ExpertScore("A", "e3", new BigDecimal("75")),
            new ExpertScore("B", "e3", new BigDecimal("75")),
            new ExpertScore("C", "e3", new BigDecimal("75")));
    List<Result> raw = new ScoreAggregation(MEAN, NONE, 3).aggregate(all);
    assertThat(raw)
        .extracting(r -> r.score().toPlainString())
        .containsExactly("81.67", "76.67", "71.67");

    List<Result> normalised = new ScoreAggregation(MEAN, Z_SCORE, 3).aggregate(all);
    assertThat(normalised).extracting(Result::applicationId).containsExactly("A", "B", "C");
    // A: (86.667 + 86.667 + 76.667) / 3
    assertThat(normalised)
        .extracting(r -> r.score().toPlainString())
        .containsExactly("83.33", "76.67", "70.00");
    assertThat(normalised.get(0).lowest()).isEqualTo("76.67");
    assertThat(normalised.get(0).highest()).isEqualTo("86.67");
    assertThat(normalised.get(0).spread()).isEqualTo("10.00");
    assertThat(normalised.get(1).spread()).isEqualTo("0.00");
  }

  @Test
  void anExpertWithOneScoreOrNoSpreadIsNeutral() {
    List<ExpertScore> all =
        List.of(
            new ExpertScore("A", "e1", new BigDecimal("90")),
            new ExpertScore("B", "e1", new BigDecimal("70")),
            new ExpertScore("A", "lonely", new BigDecimal("10")));
    List<Result> results = new ScoreAggregation(MEDIAN, Z_SCORE, 1).aggregate(all);
    // pool mean 56.67, pool sd 33.99; e1 → +1, −1 → 90.66, 22.67; "lonely" → 56.67
    Result a = results.stream().filter(r -> r.applicationId().equals("A")).findFirst().get();
    assertThat(a.lowest()).isEqualTo("56.67");
    assertThat(a.highest()).isEqualTo("90.66");
    assertThat(a.score()).isEqualTo("73.66");
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheScores() {
    Random random = new Random(7);
    List<ExpertScore> all = new ArrayList<>();
    for (int a = 0; a < 30; a++) {
      for (int e = 0; e < 7; e++) {
        BigDecimal value = BigDecimal.valueOf(random.nextInt(10_000), 2);
        all.add(new ExpertScore("app" + a, "expert" + (a + e) % 11, value));
      }
    }
    for (Method method : Method.values()) {
      ScoreAggregation aggregation = new ScoreAggregation(method, Z_SCORE, 5);
      List<Result> first = aggregation.aggregate(all);
      List<ExpertScore> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(42));
      assertThat(aggregation.aggregate(shuffled)).isEqualTo(first);
    }
  }

  @Test
  void anExpertScoresAnApplicationOnceAndTheMinimumIsAtLeastOne() {
    List<ExpertScore> twice =
        List.of(
            new ExpertScore("A", "e1", BigDecimal.ONE), new ExpertScore("A", "e1", BigDecimal.TEN));
    assertThatThrownBy(() -> new ScoreAggregation(MEAN, NONE, 1).aggregate(twice))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new ScoreAggregation(MEAN, NONE, 0)).isInstanceOf(InvalidInput.class);
    assertThat(new ScoreAggregation(MEAN, Z_SCORE, 1).aggregate(List.of())).isEmpty();
  }
}
