package org.greenmine.search.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One searchable item. {@code facets} carries the filterable values (association, province,
 * category, year, …) under the schema's field names; {@code stamp} changes whenever the item does,
 * so a reconcile can tell a stale copy in the index from a current one.
 */
public record IndexDocument(
    String id,
    String kind,
    String url,
    String titleZh,
    String titleEn,
    String bodyZh,
    String bodyEn,
    Map<String, List<String>> facets,
    String stamp,
    Instant publishedAt) {
  public IndexDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    facets = facets == null ? Map.of() : Map.copyOf(facets);
    stamp = stamp == null ? "" : stamp;
  }

  public IndexDocument(
      String id,
      String kind,
      String url,
      String titleZh,
      String titleEn,
      String bodyZh,
      String bodyEn,
      Map<String, List<String>> facets) {
    this(id, kind, url, titleZh, titleEn, bodyZh, bodyEn, facets, null, null);
  }
}
