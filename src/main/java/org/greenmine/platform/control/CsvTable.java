package org.greenmine.platform.control;

/**
 * A CSV file for spreadsheets: a byte-order mark so they read Chinese correctly, RFC 4180 quoting,
 * CRLF rows, and a leading quote for text a spreadsheet would otherwise run as a formula.
 */
public final class CsvTable {
  private final StringBuilder out = new StringBuilder("\uFEFF");

  public CsvTable row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells[i] == null ? null : cells[i].toString()));
    }
    out.append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    boolean formulaLike = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    String safe = formulaLike ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
