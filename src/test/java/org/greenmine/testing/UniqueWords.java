package org.greenmine.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words no document contains, for finding one's own test item by search. Letters only: the Chinese
 * analysers split digits off a word, and a run of digits alone matches other items.
 */
public final class UniqueWords {
  private UniqueWords() {}

  /** {@code prefix} followed by ten random lower-case letters. */
  public static String word(String prefix) {
    StringBuilder word = new StringBuilder(prefix);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
