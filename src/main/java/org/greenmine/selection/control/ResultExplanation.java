package org.greenmine.selection.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Why a round result came out as it did, kept as message keys with their arguments so that every
 * reader sees it in their own language. Stored compactly in the result's explanation column as
 * {@code key|arg|arg}, several parts joined by {@code ;} (a {@code \} escapes the three special
 * characters). A stored text that does not start with {@link #PREFIX} is an explanation written
 * before the keys existed and is shown as it was stored.
 */
public record ResultExplanation(List<Part> parts, String legacyText) {
  /** Every explanation key starts with this; earlier English sentences never do. */
  public static final String PREFIX = "selection.result.";

  /** The words between two parts, in the reader's language. */
  static final String SEPARATOR = PREFIX + "separator";

  /** One sentence: a bundle key and its arguments, as text. */
  public record Part(String key, List<String> arguments) {
    public Part {
      Objects.requireNonNull(key, "key");
      if (!key.startsWith(PREFIX)) {
        throw new IllegalArgumentException("not an explanation key: " + key);
      }
      arguments = List.copyOf(arguments);
    }
  }

  public ResultExplanation {
    parts = List.copyOf(parts);
  }

  private static ResultExplanation of(Part... parts) {
    return new ResultExplanation(List.of(parts), null);
  }

  private static Part part(String name, Object... arguments) {
    List<String> text = new ArrayList<>();
    for (Object argument : arguments) {
      text.add(
          argument instanceof BigDecimal d
              ? d.stripTrailingZeros().toPlainString()
              : "" + argument);
    }
    return new Part(PREFIX + name, text);
  }

  /** Ranked high enough but over the campaign's limit of advancing applications per province. */
  public static ResultExplanation provinceQuota(int quota) {
    return of(part("provinceQuota", quota));
  }

  /** Tied with others at the cut for fewer places than there are tied applications. */
  public static ResultExplanation tied(BigDecimal score, int places) {
    return of(part("tied", score, places));
  }

  /** Too few scores to be ranked. */
  public static ResultExplanation tooFewScores(int scores, int minScores) {
    return of(part("tooFewScores", scores, minScores));
  }

  /** The approval count, and every reason the application did not pass. */
  public static ResultExplanation approval(ApprovalTally.Result result) {
    List<Part> parts = new ArrayList<>();
    parts.add(part("votes", result.yes(), result.no(), result.abstain()));
    for (ApprovalTally.Shortfall shortfall : result.shortfalls()) {
      parts.add(
          switch (shortfall) {
            case NO_QUORUM -> part("noQuorum", result.voted(), result.votersNeeded());
            case NOTHING_CAST -> part("nothingCast");
            case BELOW_THRESHOLD -> part("belowThreshold", result.yes(), result.yesNeeded());
          });
    }
    return new ResultExplanation(parts, null);
  }

  /** The compact form for the database column. */
  public String stored() {
    if (legacyText != null) {
      return legacyText;
    }
    return parts.stream()
        .map(
            p -> {
              StringBuilder s = new StringBuilder(escape(p.key()));
              p.arguments().forEach(a -> s.append('|').append(escape(a)));
              return s.toString();
            })
        .collect(Collectors.joining(";"));
  }

  /** Reads a stored explanation; null or blank is no explanation. */
  public static ResultExplanation parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      return new ResultExplanation(List.of(), stored);
    }
    List<Part> parts = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == '\\' && i + 1 < stored.length()) {
        field.append(stored.charAt(++i));
      } else if (c == '|' || c == ';') {
        fields.add(field.toString());
        field.setLength(0);
        if (c == ';') {
          parts.add(partOf(fields, stored));
          fields.clear();
        }
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    parts.add(partOf(fields, stored));
    return new ResultExplanation(parts, null);
  }

  private static Part partOf(List<String> fields, String stored) {
    if (!fields.get(0).startsWith(PREFIX)) {
      // not ours after all: show it as stored rather than fail the results page
      throw new IllegalArgumentException("malformed explanation: " + stored);
    }
    return new Part(fields.get(0), fields.subList(1, fields.size()));
  }

  /**
   * The explanation in the bundle's language; a stored text without keys as it was stored, and a
   * key the bundle lacks as the key itself.
   */
  public String render(ResourceBundle bundle) {
    if (legacyText != null) {
      return legacyText;
    }
    String separator = text(bundle, SEPARATOR, List.of());
    return parts.stream()
        .map(p -> text(bundle, p.key(), p.arguments()))
        .collect(Collectors.joining(separator));
  }

  /** {@link #parse} then {@link #render}; null for no explanation, never an exception. */
  public static String render(String stored, ResourceBundle bundle) {
    ResultExplanation explanation;
    try {
      explanation = parse(stored);
    } catch (IllegalArgumentException e) {
      return stored;
    }
    return explanation == null ? null : explanation.render(bundle);
  }

  private static String text(ResourceBundle bundle, String key, List<String> arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, bundle.getLocale()).format(arguments.toArray());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace(";", "\\;");
  }
}
