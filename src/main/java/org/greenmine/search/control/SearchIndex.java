package org.greenmine.search.control;

import java.util.List;
import java.util.Map;

/**
 * The project's port to the search engine. Features hand it documents and queries in the portal's
 * own terms; only the adapter behind it knows Solr. Every method throws {@link SearchUnavailable}
 * when the engine cannot be reached.
 */
public interface SearchIndex {

  /** Adds or replaces the document with this id. */
  void upsert(IndexDocument document);

  void delete(String id);

  /**
   * Sends a batch of upserts and deletions in one request; throws {@link DocumentRejected} when the
   * engine refuses it (then each item can be sent on its own to find the one at fault).
   */
  void apply(List<IndexDocument> upserts, List<String> deletions);

  /** Makes everything sent so far searchable now, rather than within the next second. */
  void commit();

  SearchHits search(SearchQuery query);

  /** Titles whose words start with what was typed. */
  List<SearchHits.Hit> suggestTitles(String typed, int max);

  /** Items like this one (more-like-this on titles and bodies), never the item itself. */
  List<SearchHits.Hit> related(String id, int max);

  /** Every indexed id with its stamp, for comparing the index with the database. */
  Map<String, String> stamps();

  /** True when the engine answers now. */
  boolean isAvailable();
}
