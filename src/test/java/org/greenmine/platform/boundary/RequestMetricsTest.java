package org.greenmine.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestMetricsTest {
  @Test
  void requestsAreGroupedByWhatTheyAreFor() {
    assertEquals("api", RequestMetrics.kindOf("/api/search", ""));
    assertEquals("api", RequestMetrics.kindOf("/portal/api/standards", "/portal"));
    assertEquals("resource", RequestMetrics.kindOf("/jakarta.faces.resource/portal.css.xhtml", ""));
    assertEquals("operations", RequestMetrics.kindOf("/health/ready", ""));
    assertEquals("page", RequestMetrics.kindOf("/standards/T-CMF-012-2025", ""));
    assertEquals("page", RequestMetrics.kindOf("/", ""));
  }
}
