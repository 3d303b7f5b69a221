package org.greenmine.cases.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenmine.platform.control.InvalidInput;

/**
 * A comparable figure of a case, before and after: {@code mining_recovery=86->93 %}. Only the names
 * that cases are compared by are accepted.
 */
public record Figure(String name, double before, double after, String unit) {
  public static final Set<String> NAMES =
      Set.of(
          "mining_recovery",
          "processing_recovery",
          "utilisation_rate",
          "energy_per_tonne",
          "reclaimed_area",
          "water_reuse");
  private static final Pattern FORM =
      Pattern.compile("([a-z_]+)\\s*=\\s*(-?[0-9.]+)\\s*->\\s*(-?[0-9.]+)\\s*(.*)");

  public static Figure parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInput("case.figure.invalid", text);
    }
    if (!NAMES.contains(m.group(1))) {
      throw new InvalidInput("case.figure.unknown", m.group(1));
    }
    try {
      return new Figure(
          m.group(1),
          Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)),
          m.group(4).strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("case.figure.invalid", text);
    }
  }

  public static List<Figure> parseAll(List<String> texts) {
    return texts.stream().map(Figure::parse).toList();
  }

  public double change() {
    return after - before;
  }

  @Override
  public String toString() {
    return name + "=" + format(before) + "->" + format(after) + (unit.isEmpty() ? "" : " " + unit);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
