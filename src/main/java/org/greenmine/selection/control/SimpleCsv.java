package org.greenmine.selection.control;

import java.util.ArrayList;
import java.util.List;
import org.greenmine.platform.control.InvalidInput;

/** One line of RFC 4180 CSV: commas between fields, double quotes around fields that need them. */
final class SimpleCsv {
  private SimpleCsv() {}

  static List<String> fields(String line, int lineNumber) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InvalidInput("selection.criteria.csv", lineNumber, fields.size());
    }
    fields.add(field.toString());
    return fields;
  }
}
