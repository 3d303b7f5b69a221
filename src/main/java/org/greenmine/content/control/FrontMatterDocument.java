package org.greenmine.content.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.Phrase;

/**
 * A seed-content file: flat {@code key: value} front matter between two {@code ---} lines, then a
 * Markdown body. Lists are written {@code a; b; c}. Deliberately not full YAML: the files are
 * written by people, and a flat form has no indentation traps. The edit form's fields go through
 * the same checks ({@link #ofForm}).
 */
public record FrontMatterDocument(
    String name, Map<String, String> fields, Map<String, Integer> lines, String body) {
  private static final String FENCE = "---";

  public static FrontMatterDocument parse(String source, String name) {
    String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      throw new InvalidInput("content.frontMatter.missing", name);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Integer> lineOfKey = new LinkedHashMap<>();
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
      lineOfKey.put(key, i + 1);
    }
    if (i == lines.size()) {
      throw new InvalidInput("content.frontMatter.unclosed", name);
    }
    String body = String.join("\n", lines.subList(i + 1, lines.size())).strip();
    return new FrontMatterDocument(name, Map.copyOf(fields), Map.copyOf(lineOfKey), body);
  }

  /**
   * The fields a curator typed into the edit form, checked by the same rules as a seed file's; a
   * refusal then names the field in the reader's language instead of a file and a line.
   */
  public static FrontMatterDocument ofForm(Map<String, String> typed) {
    Map<String, String> fields = new LinkedHashMap<>();
    typed.forEach(
        (key, value) -> {
          if (value != null) {
            fields.put(key, value.strip());
          }
        });
    return new FrontMatterDocument(null, Map.copyOf(fields), Map.of(), "");
  }

  private boolean fromForm() {
    return name == null;
  }

  public Optional<String> optional(String key) {
    return Optional.ofNullable(fields.get(key)).filter(v -> !v.isBlank());
  }

  public String required(String key) {
    return optional(key)
        .orElseThrow(
            () ->
                fromForm()
                    ? new InvalidInput("content.form.missing", new Phrase("field." + key))
                    : new InvalidInput("content.field.missing", name, key));
  }

  /** An optional value that, when given, must be one of the enum's names. */
  public <E extends Enum<E>> E optionalChoice(String key, Class<E> type) {
    return optional(key).isPresent() ? choice(key, type) : null;
  }

  /** A value that must be one of the enum's names. */
  public <E extends Enum<E>> E choice(String key, Class<E> type) {
    String value = required(key);
    try {
      return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(key, value);
    }
  }

  public java.time.LocalDate date(String key) {
    return optional(key)
        .map(
            v -> {
              try {
                return java.time.LocalDate.parse(v);
              } catch (java.time.format.DateTimeParseException e) {
                throw invalid(key, v);
              }
            })
        .orElse(null);
  }

  public Integer number(String key) {
    return optional(key)
        .map(
            v -> {
              try {
                return Integer.valueOf(v);
              } catch (NumberFormatException e) {
                throw invalid(key, v);
              }
            })
        .orElse(null);
  }

  /** A refusal that names the file, the line and the field. */
  public InvalidInput invalid(String key, Object value) {
    if (fromForm()) {
      return new InvalidInput("content.form.invalid", new Phrase("field." + key), value);
    }
    return new InvalidInput("content.field.invalid", name, lines.getOrDefault(key, 0), key, value);
  }

  public InvalidInput tooLong(String key, int length, int limit) {
    return fromForm()
        ? new InvalidInput("content.form.tooLong", new Phrase("field." + key), limit)
        : invalid(key, length + " > " + limit + " characters");
  }

  /** As {@link #invalid(String, Object)}, but the form shows the more precise refusal. */
  public InvalidInput invalid(String key, Object value, InvalidInput precise) {
    return fromForm() ? precise : invalid(key, value);
  }

  public List<String> list(String key) {
    return optional(key)
        .map(
            v ->
                Arrays.stream(v.split("[;\n]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList())
        .orElse(List.of());
  }

  public boolean flag(String key) {
    return optional(key).map(Boolean::parseBoolean).orElse(false);
  }
}
