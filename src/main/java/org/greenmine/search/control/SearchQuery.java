package org.greenmine.search.control;

/**
 * What a user asked for. The text is a value to look for, never query syntax; page and size are
 * clamped to what the portal serves.
 */
public record SearchQuery(String text, String kind, int page, int size) {
  public static final int MAX_SIZE = 50;
  public static final int MAX_PAGE = 100;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > 200) {
      text = text.substring(0, 200);
    }
    kind = kind == null || kind.isBlank() ? null : kind.strip();
    page = Math.max(0, Math.min(page, MAX_PAGE));
    size = Math.max(1, Math.min(size, MAX_SIZE));
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, 0, 10);
  }
}
