package org.greenmine.selection.control;

import org.greenmine.platform.control.InvalidInput;

/**
 * A share between 0 and 1 kept as a ratio of integers, so that "two thirds of 9" is exactly 6 and
 * never 5.999… .
 */
public record Fraction(int numerator, int denominator) {
  public static final Fraction ALL = new Fraction(1, 1);
  public static final Fraction NONE = new Fraction(0, 1);

  public Fraction {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new InvalidInput("selection.fraction.invalid", numerator + "/" + denominator);
    }
  }

  public static Fraction of(int numerator, int denominator) {
    return new Fraction(numerator, denominator);
  }

  /** Reads {@code "2/3"}, {@code "1/2"}, {@code "1"} or {@code "0"}. */
  public static Fraction parse(String text) {
    String value = text == null ? "" : text.strip();
    try {
      int slash = value.indexOf('/');
      if (slash < 0) {
        return new Fraction(Integer.parseInt(value), 1);
      }
      return new Fraction(
          Integer.parseInt(value.substring(0, slash).strip()),
          Integer.parseInt(value.substring(slash + 1).strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInput("selection.fraction.invalid", text);
    }
  }

  /** The smallest whole number that is at least this share of {@code count} (count ≥ 0). */
  public int ceilOf(int count) {
    return (int) (((long) numerator * count + denominator - 1) / denominator);
  }

  /** The largest whole number that is at most this share of {@code count} (count ≥ 0). */
  public int floorOf(int count) {
    return (int) ((long) numerator * count / denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
