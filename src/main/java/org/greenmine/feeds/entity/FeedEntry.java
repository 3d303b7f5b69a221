package org.greenmine.feeds.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of a feed, in the feed's language.
 *
 * @param id the item's permanent id (a {@code tag:} URI), the same in every language
 * @param path the item's public page below the context path, such as {@code /cases/<slug>}
 * @param summary plain text; null when the item has none
 */
public record FeedEntry(
    String id,
    String title,
    String summary,
    String author,
    Instant published,
    Instant updated,
    String path) {
  public FeedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(path, "path");
  }
}
