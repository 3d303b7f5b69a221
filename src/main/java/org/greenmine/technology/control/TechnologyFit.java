package org.greenmine.technology.control;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenmine.technology.entity.Maturity;
import org.greenmine.technology.entity.MiningMethod;
import org.greenmine.technology.entity.TechnologyCategory;

/**
 * How well a catalogue technology fits a need, best first. A technology made for another mining
 * method never fits. Points: the mineral (3), the category asked for (2), words of the problem
 * found in the technology's title and summary (1 each, at most 5), and proven maturity (1).
 */
public final class TechnologyFit {
  private TechnologyFit() {}

  /** The need as the rule sees it. */
  public record Need(
      String mineral, MiningMethod method, TechnologyCategory category, String problem) {}

  /** A technology as the rule sees it. */
  public record Candidate(
      String slug,
      List<String> minerals,
      MiningMethod method,
      TechnologyCategory category,
      Maturity maturity,
      String text) {}

  public record Match(String slug, int score) {}

  public static List<Match> rank(Need need, List<Candidate> candidates) {
    Set<String> words = words(need.problem());
    return candidates.stream()
        .filter(c -> methodFits(c.method(), need.method()))
        .map(c -> new Match(c.slug(), score(need, words, c)))
        .filter(m -> m.score() > 0)
        .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(Match::slug))
        .toList();
  }

  static boolean methodFits(MiningMethod technology, MiningMethod mine) {
    return technology == MiningMethod.BOTH
        || technology == MiningMethod.NOT_APPLICABLE
        || mine == MiningMethod.BOTH
        || mine == MiningMethod.NOT_APPLICABLE
        || technology == mine;
  }

  static int score(Need need, Set<String> problemWords, Candidate c) {
    int score = 0;
    if (need.mineral() != null
        && c.minerals().stream().anyMatch(m -> m.equalsIgnoreCase(need.mineral().strip()))) {
      score += 3;
    }
    if (need.category() != null && need.category() == c.category()) {
      score += 2;
    }
    Set<String> text = words(c.text());
    score += (int) Math.min(5, problemWords.stream().filter(text::contains).count());
    if (score > 0 && c.maturity() == Maturity.PROMOTION) {
      score += 1;
    }
    return score;
  }

  /** English words of three letters or more, and pairs of Chinese characters. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (word.length() >= 3) {
        words.add(word);
      }
    }
    String han = text.replaceAll("[^\\p{IsHan}]+", " ");
    for (String run : han.split(" ")) {
      for (int i = 0; i + 1 < run.length(); i++) {
        words.add(run.substring(i, i + 2));
      }
    }
    return words;
  }
}
