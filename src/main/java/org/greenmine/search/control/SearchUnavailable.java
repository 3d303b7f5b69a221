package org.greenmine.search.control;

/** The search engine cannot be reached now; pages say so and keep working without it. */
public class SearchUnavailable extends RuntimeException {
  public SearchUnavailable(Throwable cause) {
    super("search engine unavailable", cause);
  }
}
