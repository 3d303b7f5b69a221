package org.greenmine.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.greenmine.platform.control.FailureCounts;

/**
 * Request counts and latency in {@code /metrics}, by kind of request (page, api, resource, other)
 * and status class (2xx … 5xx), and the database errors that reached the user as a failure.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetrics extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Metadata REQUESTS =
      Metadata.builder()
          .withName("greenmine_http_requests")
          .withDescription("Requests answered by the portal, and how long they took")
          .build();

  @Inject transient MetricRegistry registry;
  @Inject transient FailureCounts failures;
  private final transient Map<String, Timer> timers = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    boolean failed = false;
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      failed = true;
      failures.databaseCause(e);
      throw e;
    } finally {
      int status = failed ? 500 : response.getStatus();
      timer(kindOf(request.getRequestURI(), request.getContextPath()), (status / 100) + "xx")
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  /**
   * The registry's timer for a kind and status class, looked up once: asking the registry builds a
   * metric id from the tags and searches for it on every request.
   */
  private Timer timer(String kind, String status) {
    return timers.computeIfAbsent(
        kind + ' ' + status,
        key -> registry.timer(REQUESTS, new Tag("kind", kind), new Tag("status", status)));
  }

  static String kindOf(String uri, String contextPath) {
    String path = uri.substring(Math.min(contextPath.length(), uri.length()));
    if (path.startsWith("/api/")) {
      return "api";
    }
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
      return "resource";
    }
    if (path.startsWith("/health") || path.startsWith("/metrics") || path.startsWith("/openapi")) {
      return "operations";
    }
    return "page";
  }
}
