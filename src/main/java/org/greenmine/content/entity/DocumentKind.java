package org.greenmine.content.entity;

/** The kinds of knowledge content, each with its own list and detail pages and URL segment. */
public enum DocumentKind {
  STANDARD("standards", "standard"),
  TECHNOLOGY("technologies", "technology"),
  CASE("cases", "case"),
  NEWS("news", "news");

  private final String path;
  private final String indexKind;

  DocumentKind(String path, String indexKind) {
    this.path = path;
    this.indexKind = indexKind;
  }

  /** The URL segment: {@code /standards/<slug>}. */
  public String path() {
    return path;
  }

  /** The {@code kind} value in the search index. */
  public String indexKind() {
    return indexKind;
  }
}
