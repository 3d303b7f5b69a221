package org.greenmine.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.search.control.SearchHits;
import org.greenmine.search.control.SearchIndex;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;
import org.greenmine.search.control.SearchUnavailable;
import org.greenmine.search.control.Thesaurus;
import org.greenmine.search.control.UserText;

/** Search for other systems and for the search box's suggestions. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {
  private static final Thesaurus THESAURUS = Thesaurus.fromClasspath();

  @Inject SearchIndex index;
  @Context HttpServletRequest request;

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

  @GET
  @Operation(
      summary =
          "Search published standards, technologies, cases and news in Chinese or English."
              + " Facet parameters (kind, association, category, minerals, mining_method, maturity,"
              + " stage, province, year) may repeat: values of one facet are alternatives, facets"
              + " combine with AND.")
  @APIResponse(
      responseCode = "200",
      description = "total, the page of results (id, kind, title, url, snippet) and facet counts")
  @APIResponse(responseCode = "400", description = "page or size out of range")
  @APIResponse(responseCode = "503", description = "search is temporarily unavailable")
  public Response search(
      @Parameter(description = "words to find; any syntax is taken literally") @QueryParam("q")
          String q,
      @Parameter(description = "relevance (default) or newest") @QueryParam("sort") String sort,
      @Parameter(description = "page number from 0, at most 100") @QueryParam("page") String page,
      @Parameter(description = "results per page, 1 to 50 (default 10)") @QueryParam("size")
          String size) {
    int pageNumber = bounded(page, 0, 0, SearchQuery.MAX_PAGE, "search.page.invalid");
    int pageSize = bounded(size, 10, 1, SearchQuery.MAX_SIZE, "search.size.invalid");
    Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
    parameters.remove("page");
    SearchQuery query = SearchLink.parse(parameters, pageSize);
    query = new SearchQuery(query.text(), query.filters(), query.sort(), pageNumber, pageSize);
    try {
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
      return Response.ok(
              new Results(hits.total(), pageNumber, pageSize, results, facets, hits.suggestion()))
          .build();
    } catch (SearchUnavailable e) {
      return unavailable();
    }
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Suggestions as one types: thesaurus terms and titles of published items")
  @APIResponse(responseCode = "200", description = "at most 10 suggestions")
  public Response suggest(
      @Parameter(description = "what has been typed so far") @QueryParam("q") String q) {
    String typed = q == null ? "" : q.strip();
    if (typed.isEmpty() || typed.length() > SearchQuery.MAX_TEXT) {
      return Response.ok(List.of()).build();
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
    return Response.ok(suggestions).build();
  }

  private static Response unavailable() {
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Map.of(
                "error",
                "search.unavailable",
                "message",
                "Search is temporarily unavailable. Please try again in a few minutes."))
        .build();
  }

  private static int bounded(String value, int fallback, int min, int max, String errorKey) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    if (!value.strip().matches("\\d{1,9}")) {
      throw new InvalidInput(errorKey, min, max);
    }
    int number = Integer.parseInt(value.strip());
    if (number < min || number > max) {
      throw new InvalidInput(errorKey, min, max);
    }
    return number;
  }
}
