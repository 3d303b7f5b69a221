package org.greenmine.content.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenmine.platform.control.InvalidInput;

/**
 * A seed-content file: flat {@code key: value} front matter between two {@code ---} lines, then a
 * Markdown body. Lists are written {@code a; b; c}. Deliberately not full YAML: the files are
 * written by people, and a flat form has no indentation traps.
 */
public record FrontMatterDocument(Map<String, String> fields, String body) {
  private static final String FENCE = "---";

  public static FrontMatterDocument parse(String source, String name) {
    String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      throw new InvalidInput("content.frontMatter.missing", name);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int i = 1;
    for (; i < lines.size() && !lines.get(i).strip().equals(FENCE); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new InvalidInput("content.frontMatter.badLine", name, i + 1);
      }
      String key = line.substring(0, colon).strip();
      if (fields.put(key, line.substring(colon + 1).strip()) != null) {
        throw new InvalidInput("content.frontMatter.duplicateKey", name, key);
      }
    }
    if (i == lines.size()) {
      throw new InvalidInput("content.frontMatter.unclosed", name);
    }
    String body = String.join("\n", lines.subList(i + 1, lines.size())).strip();
    return new FrontMatterDocument(Map.copyOf(fields), body);
  }

  public Optional<String> optional(String key) {
    return Optional.ofNullable(fields.get(key)).filter(v -> !v.isBlank());
  }

  public String required(String key, String name) {
    return optional(key).orElseThrow(() -> new InvalidInput("content.field.missing", name, key));
  }

  public List<String> list(String key) {
    return optional(key)
        .map(v -> Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  public boolean flag(String key) {
    return optional(key).map(Boolean::parseBoolean).orElse(false);
  }
}
