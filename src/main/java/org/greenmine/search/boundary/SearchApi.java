package org.greenmine.search.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.greenmine.platform.boundary.ApiFailures;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;
import org.greenmine.search.control.SearchUnavailable;
import org.greenmine.search.control.Thesaurus;
import org.greenmine.search.control.UserText;

/**
 * Search for other systems and for the search box's suggestions: {@code GET /api/search} and {@code
 * GET /api/search/suggest}.
 *
 * <p>A plain servlet rather than a JAX-RS resource: it is the portal's most frequent call and the
 * issue's latency target is relative to Solr's own, and Jersey's routing, request scope and entity
 * providers cost more than the portal's own work here. The exact servlet paths win over JAX-RS's
 * {@code /api/*}; the answers are what the resource gave (JSON-B with its defaults, as Jersey wrote
 * them; typed failures through {@link ApiFailures}). The OpenAPI description of both operations is
 * in {@code META-INF/openapi.yaml}, which MicroProfile OpenAPI merges with the annotated resources.
 */
@WebServlet(urlPatterns = {"/api/search", "/api/search/suggest"})
public class SearchApi extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Thesaurus THESAURUS = Thesaurus.fromClasspath();
  private static final String SUGGEST = "/api/search/suggest";
  private static final String JSON_TYPE = "application/json";
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

  @Inject transient SearchIndex index;
  private transient Jsonb json;
  private transient JsonGeneratorFactory generators;

  public record Result(
      String id,
      String kind,
      String title,
      String titleEn,
      String url,
      String snippet,
      String association,
      Instant publishedAt) {}

  public record Results(
      long total,
      int page,
      int size,
      List<Result> results,
      Map<String, Map<String, Long>> facets,
      String suggestion) {}

  public record Suggestion(String text, String kind, String url) {}

  @Override
  public void init() {
    json = JsonbBuilder.create();
    generators = Json.createGeneratorFactory(Map.of());
  }

  @Override
  public void destroy() {
    try {
      json.close();
    } catch (Exception e) {
      // nothing is left to release when the application stops
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (SUGGEST.equals(request.getServletPath())) {
      List<Suggestion> suggestions = suggest(request.getParameter("q"));
      write(response, 200, generator -> writeSuggestions(generator, suggestions));
      return;
    }
    try {
      Results results = search(request);
      write(response, 200, generator -> writeResults(generator, results));
    } catch (PortalFailure failure) {
      write(response, ApiFailures.statusOf(failure), ApiFailures.bodyOf(failure));
    } catch (SearchUnavailable e) {
      write(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          ApiFailures.bodyOf("search.unavailable"));
    }
  }

  private Results search(HttpServletRequest request) {
    int pageNumber =
        bounded(request.getParameter("page"), 0, 0, SearchQuery.MAX_PAGE, "search.page.invalid");
    int pageSize =
        bounded(request.getParameter("size"), 10, 1, SearchQuery.MAX_SIZE, "search.size.invalid");
    Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
    parameters.remove("page");
    SearchQuery query = SearchLink.parse(parameters, pageSize);
    query = new SearchQuery(query.text(), query.filters(), query.sort(), pageNumber, pageSize);
    SearchHits hits = index.search(query);
    List<Result> results = new ArrayList<>();
    for (SearchHits.Hit hit : hits.hits()) {
      results.add(
          new Result(
              hit.id(),
              hit.kind(),
              hit.title(),
              hit.titleEn(),
              hit.url(),
              hit.snippet(),
              hit.association(),
              hit.publishedAt()));
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    hits.facets()
        .forEach(
            (facet, counts) -> {
              Map<String, Long> values = new LinkedHashMap<>();
              counts.forEach(c -> values.put(c.value(), c.count()));
              facets.put(facet, values);
            });
    return new Results(hits.total(), pageNumber, pageSize, results, facets, hits.suggestion());
  }

  private List<Suggestion> suggest(String q) {
    String typed = q == null ? "" : q.strip();
    if (typed.isEmpty() || typed.length() > SearchQuery.MAX_TEXT) {
      return List.of();
    }
    List<Suggestion> suggestions = new ArrayList<>();
    // a title in the language being typed: that is what the box will be searched with
    boolean chinese = UserText.hasChinese(typed);
    THESAURUS.startingWith(typed, 4).forEach(t -> suggestions.add(new Suggestion(t, "term", null)));
    try {
      index
          .suggestTitles(typed, 10 - suggestions.size())
          .forEach(
              hit ->
                  suggestions.add(
                      new Suggestion(
                          chinese ? hit.title() : hit.title(Locale.ENGLISH),
                          hit.kind(),
                          hit.url())));
    } catch (SearchUnavailable e) {
      // the thesaurus terms still help while the index is away
    }
    return suggestions;
  }

  /** The whole answer at once, so that it goes out with a length rather than in chunks. */
  private void write(HttpServletResponse response, int status, Object body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    json.toJson(body, bytes);
    send(response, status, bytes);
  }

  /**
   * The search answers, written with JSON-P's generator rather than mapped by JSON-B: the same text
   * as JSON-B's defaults give for the records above (properties in lexicographical order, null
   * properties left out, instants in ISO-8601, strings escaped by the same generator), without
   * JSON-B's reflection and its per-object bookkeeping, which hashed every record of the answer.
   * {@code SearchApiJsonTest} holds the two to the same text.
   */
  private void write(HttpServletResponse response, int status, Body body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (JsonGenerator generator = generators.createGenerator(bytes, StandardCharsets.UTF_8)) {
      body.writeTo(generator);
    }
    send(response, status, bytes);
  }

  private static void send(HttpServletResponse response, int status, ByteArrayOutputStream bytes)
      throws IOException {
    response.setStatus(status);
    response.setContentType(JSON_TYPE);
    response.setContentLength(bytes.size());
    bytes.writeTo(response.getOutputStream());
  }

  @FunctionalInterface
  interface Body {
    void writeTo(JsonGenerator generator);
  }

  static void writeResults(JsonGenerator out, Results results) {
    out.writeStartObject();
    out.writeStartObject("facets");
    results
        .facets()
        .forEach(
            (facet, counts) -> {
              out.writeStartObject(facet);
              counts.forEach((value, count) -> out.write(value, count.longValue()));
              out.writeEnd();
            });
    out.writeEnd();
    out.write("page", results.page());
    out.writeStartArray("results");
    for (Result result : results.results()) {
      out.writeStartObject();
      optional(out, "association", result.association());
      optional(out, "id", result.id());
      optional(out, "kind", result.kind());
      if (result.publishedAt() != null) {
        out.write("publishedAt", DateTimeFormatter.ISO_INSTANT.format(result.publishedAt()));
      }
      optional(out, "snippet", result.snippet());
      optional(out, "title", result.title());
      optional(out, "titleEn", result.titleEn());
      optional(out, "url", result.url());
      out.writeEnd();
    }
    out.writeEnd();
    out.write("size", results.size());
    optional(out, "suggestion", results.suggestion());
    out.write("total", results.total());
    out.writeEnd();
  }

  static void writeSuggestions(JsonGenerator out, List<Suggestion> suggestions) {
    out.writeStartArray();
    for (Suggestion suggestion : suggestions) {
      out.writeStartObject();
      optional(out, "kind", suggestion.kind());
      optional(out, "text", suggestion.text());
      optional(out, "url", suggestion.url());
      out.writeEnd();
    }
    out.writeEnd();
  }

  private static void optional(JsonGenerator out, String name, String value) {
    if (value != null) {
      out.write(name, value);
    }
  }

  private static int bounded(String value, int fallback, int min, int max, String errorKey) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    if (!NUMBER.matcher(value.strip()).matches()) {
      throw new InvalidInput(errorKey, min, max);
    }
    int number = Integer.parseInt(value.strip());
    if (number < min || number > max) {
      throw new InvalidInput(errorKey, min, max);
    }
    return number;
  }
}
