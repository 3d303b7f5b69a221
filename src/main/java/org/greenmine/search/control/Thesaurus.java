package org.greenmine.search.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bilingual mining thesaurus (the configset's {@code thesaurus.txt}, the same file Solr expands
 * queries with) as a list of terms for autocomplete: a typed prefix offers the matching terms.
 */
public final class Thesaurus {
  private final List<String> terms;

  private Thesaurus(List<String> terms) {
    this.terms = terms;
  }

  public static Thesaurus fromClasspath() {
    try (InputStream in =
        Thesaurus.class
            .getClassLoader()
            .getResourceAsStream(SolrConnection.CONFIGSET_RESOURCES + "thesaurus.txt")) {
      if (in == null) {
        return new Thesaurus(List.of());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Thesaurus read(Reader source) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    BufferedReader lines = new BufferedReader(source);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      for (String term : content.split(",")) {
        if (!term.isBlank()) {
          terms.add(term.strip());
        }
      }
    }
    return new Thesaurus(List.copyOf(terms));
  }

  public int size() {
    return terms.size();
  }

  /**
   * Terms that start with what was typed (ignoring case), then terms with a later word starting
   * with it, at most {@code max}.
   */
  public List<String> startingWith(String typed, int max) {
    String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (prefix.isEmpty()) {
      return List.of();
    }
    List<String> first = new ArrayList<>();
    List<String> later = new ArrayList<>();
    for (String term : terms) {
      String lower = term.toLowerCase(Locale.ROOT);
      if (lower.startsWith(prefix)) {
        first.add(term);
      } else if (lower.contains(" " + prefix)) {
        later.add(term);
      }
    }
    first.addAll(later);
    return first.size() <= max ? first : first.subList(0, max);
  }
}
