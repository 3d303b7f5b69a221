package org.greenmine.search.control;

/**
 * The project's port to the search engine. Features hand it documents and queries in the portal's
 * own terms; only the adapter behind it knows Solr.
 */
public interface SearchIndex {

  /** Adds or replaces the document with this id. */
  void upsert(IndexDocument document);

  void delete(String id);

  SearchHits search(SearchQuery query);

  /** True when the engine answers now. */
  boolean isAvailable();
}
