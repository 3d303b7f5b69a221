package org.greenmine.selection.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.greenmine.platform.control.InvalidInput;

/**
 * The letters under which a round's experts appear to applicants and the public (A, B, … Z, AA, AB
 * …), the same for the whole round. Pages put them in the bundle's words, such as "Expert {0}" and
 * "专家{0}". Ordered by expert id, or shuffled by a per-round seed that is kept secret, so that "A"
 * is not always the same person from round to round.
 */
public final class ExpertAliases {
  private final Map<String, String> lettersByExpert;

  private ExpertAliases(List<String> order) {
    Map<String, String> letters = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      letters.put(order.get(i), letters(i));
    }
    this.lettersByExpert = Collections.unmodifiableMap(letters);
  }

  /** A, B, … in the order of the experts' ids. */
  public static ExpertAliases byId(Collection<String> expertIds) {
    return new ExpertAliases(new ArrayList<>(new TreeSet<>(expertIds)));
  }

  /** A, B, … in an order drawn from {@code roundSeed}; the same seed gives the same letters. */
  public static ExpertAliases shuffled(Collection<String> expertIds, long roundSeed) {
    List<String> order = new ArrayList<>(new TreeSet<>(expertIds));
    Collections.shuffle(order, new Random(roundSeed));
    return new ExpertAliases(order);
  }

  /** Column-style letters: 0 → A, 25 → Z, 26 → AA, 27 → AB, 701 → ZZ, 702 → AAA. */
  public static String letters(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index " + index);
    }
    StringBuilder out = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      out.append((char) ('A' + (n - 1) % 26));
    }
    return out.reverse().toString();
  }

  public String lettersOf(String expertId) {
    String letters = lettersByExpert.get(expertId);
    if (letters == null) {
      throw new InvalidInput("selection.alias.unknown", expertId);
    }
    return letters;
  }

  /** Expert id → letters, in the order of the letters. */
  public Map<String, String> all() {
    return lettersByExpert;
  }
}
