package org.greenmine.search.control;

import java.util.List;

/** A page of results and the total that matched. */
public record SearchHits(long total, List<Hit> hits) {
  public record Hit(String id, String kind, String url, String title, String snippet) {}
}
