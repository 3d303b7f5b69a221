package org.greenmine.search.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Turns what a person typed into words for edismax and nothing else: every character Solr would
 * read as syntax is escaped ({@code *:*}, {@code field:}, {@code {!...}}, quotes, brackets,
 * wildcards), and the operator words AND, OR, NOT become ordinary lower-case words.
 */
public final class UserText {
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private UserText() {}

  public static String asWords(String typed) {
    if (typed == null || typed.isBlank()) {
      return "";
    }
    return Arrays.stream(SPACES.split(typed.trim()))
        .map(word -> OPERATORS.contains(word) ? word.toLowerCase(Locale.ROOT) : word)
        .map(ClientUtils::escapeQueryChars)
        .collect(Collectors.joining(" "));
  }

  /** True when the text holds a Chinese (CJK) character. */
  public static boolean hasChinese(String text) {
    return text != null
        && text.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** True when the text holds a Latin letter. */
  public static boolean hasLatin(String text) {
    return text != null
        && text.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }
}
