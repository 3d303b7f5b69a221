package org.greenmine.search.control;

/**
 * Highlighted fragments come back from Solr as plain text with two private-use characters around
 * each match; here the text is HTML-escaped first and only then are those marks turned into {@code
 * <mark>}. So a snippet is safe to put in a page whatever the indexed text contained.
 */
public final class Snippets {
  static final String MATCH_START = "\uE000";
  static final String MATCH_END = "\uE001";

  private Snippets() {}

  public static String toHtml(String fragment) {
    if (fragment == null) {
      return "";
    }
    StringBuilder html = new StringBuilder(fragment.length() + 32);
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        case '\uE000' -> html.append("<mark>");
        case '\uE001' -> html.append("</mark>");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
