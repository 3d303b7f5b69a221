package org.greenmine.search.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the index is built from: the features that own searchable items provide it. Keys are the
 * index ids; an item that is not published (or no longer exists) has no document.
 */
public interface IndexSource {

  /** The item as it should be found now, or empty when it must not be in the index. */
  Optional<IndexDocument> document(String key);

  /** Everything published, in key order after {@code afterPosition}: one batch of a rebuild. */
  Batch publishedAfter(long afterPosition, int size);

  long publishedCount();

  /** Every published key with its current stamp, for a reconcile. */
  Map<String, String> publishedStamps();

  record Batch(List<IndexDocument> documents, long lastPosition) {}
}
