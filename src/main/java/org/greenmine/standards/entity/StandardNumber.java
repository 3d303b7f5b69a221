package org.greenmine.standards.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenmine.platform.control.InvalidInput;

/**
 * A group standard's number, {@code <prefix> <sequence>-<year>} such as {@code T/CMF 012-2025}. Its
 * slug ({@code T-CMF-012-2025}) is the stable part of the standard's URL.
 */
public record StandardNumber(String prefix, String sequence, int year) {
  private static final Pattern FORM =
      Pattern.compile("(T/[A-Z][A-Z0-9]{1,15}) (\\d{1,4})[-—–](\\d{4})");

  public static StandardNumber parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new InvalidInput("standard.number.invalid", text);
    }
    int year = Integer.parseInt(m.group(3));
    if (year < 1990 || year > 2100) {
      throw new InvalidInput("standard.number.year", text);
    }
    return new StandardNumber(m.group(1), m.group(2), year);
  }

  /** Checks that the number carries the prefix of the association that issues it. */
  public StandardNumber issuedBy(String associationPrefix) {
    if (!prefix.equals(associationPrefix)) {
      throw new InvalidInput("standard.number.prefix", toString(), associationPrefix);
    }
    return this;
  }

  public String slug() {
    return prefix.replace('/', '-') + "-" + sequence + "-" + year;
  }

  @Override
  public String toString() {
    return prefix + " " + sequence + "-" + year;
  }
}
