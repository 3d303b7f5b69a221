package org.greenmine.search.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One searchable item. {@code facets} carries the filterable values (association, province,
 * category, …) under the schema's field names.
 */
public record IndexDocument(
    String id,
    String kind,
    String url,
    String titleZh,
    String titleEn,
    String bodyZh,
    String bodyEn,
    Map<String, List<String>> facets) {
  public IndexDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    facets = facets == null ? Map.of() : Map.copyOf(facets);
  }
}
