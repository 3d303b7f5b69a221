package org.greenmine.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.ContentCatalog.SortBy;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.platform.control.NotFound;
import org.greenmine.standards.entity.Standard;
import org.greenmine.technology.entity.Technology;

/** Published knowledge content as JSON for other systems: paged lists and single items. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeApi {
  private static final Map<String, Class<? extends Document>> KINDS =
      Map.of(
          "standards", Standard.class,
          "technologies", Technology.class,
          "cases", CaseStudy.class,
          "news", NewsItem.class);

  @Inject ContentCatalog catalog;

  /** A list entry. */
  public record Summary(
      String id,
      String kind,
      String url,
      String titleZh,
      String titleEn,
      String summaryZh,
      String summaryEn,
      String association,
      Instant publishedAt) {}

  /** A page of a list. */
  public record Page(long total, int page, int size, List<Summary> items) {}

  /** One item with its own fields and its sanitized HTML body. */
  public record Item(Summary summary, Map<String, Object> fields, String bodyHtml) {}

  @GET
  @Path("{kind: standards|technologies|cases|news}")
  @Operation(summary = "A page of published items of one kind, newest first")
  @APIResponse(responseCode = "200", description = "total, page, size and the items")
  public Page list(
      @Parameter(description = "standards, technologies, cases or news") @PathParam("kind")
          String kind,
      @Parameter(description = "page number from 0") @QueryParam("page") @DefaultValue("0")
          int page,
      @Parameter(description = "items per page, at most 100")
          @QueryParam("size")
          @DefaultValue("20")
          int size) {
    int safeSize = Math.max(1, Math.min(size, 100));
    int safePage = Math.max(0, Math.min(page, 10_000));
    var result =
        catalog.publishedPage(
            KINDS.get(kind), safePage * safeSize, safeSize, SortBy.PUBLISHED, false, Map.of());
    return new Page(
        result.total(),
        safePage,
        safeSize,
        result.items().stream().map(KnowledgeApi::summary).toList());
  }

  @GET
  @Path("{kind: standards|technologies|cases|news}/{id}")
  @Operation(summary = "One published item by its id (a standard's id is its number as in its URL)")
  @APIResponse(responseCode = "200", description = "the item")
  @APIResponse(responseCode = "404", description = "no published item with that id")
  public Item item(@PathParam("kind") String kind, @PathParam("id") String id) {
    Document document =
        catalog.published(KINDS.get(kind), id).orElseThrow(() -> new NotFound("content.notFound"));
    return new Item(summary(document), fields(document), document.getBodyHtml());
  }

  private static Summary summary(Document d) {
    return new Summary(
        d.getSlug(),
        d.kind().indexKind(),
        d.url(),
        d.getTitleZh(),
        d.getTitleEn(),
        d.getSummaryZh(),
        d.getSummaryEn(),
        d.getAssociation().getCode(),
        d.getPublishedAt());
  }

  private static Map<String, Object> fields(Document d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (d instanceof Standard s) {
      fields.put("code", s.getCode());
      fields.put("stage", s.getStage().name());
      fields.put("scopeZh", s.getScopeZh());
      fields.put("scopeEn", s.getScopeEn());
      fields.put("ics", s.getIcs());
      fields.put("ccs", s.getCcs());
      fields.put("draftingUnits", s.getDraftingUnits());
      fields.put("drafters", s.getDrafters());
      fields.put("normativeReferences", s.getNormativeReferences());
      fields.put("publishedOn", s.getPublishedOn() == null ? null : s.getPublishedOn().toString());
      fields.put("effectiveOn", s.getEffectiveOn() == null ? null : s.getEffectiveOn().toString());
      fields.put("replaces", s.getReplaces() == null ? null : s.getReplaces().getCode());
    } else if (d instanceof Technology t) {
      fields.put("category", t.getCategory().name());
      fields.put("minerals", t.getMinerals());
      fields.put("miningMethod", t.getMiningMethod().name());
      fields.put("maturity", t.getMaturity().name());
      fields.put("trl", t.getTrl());
      fields.put("holder", t.getHolder());
      fields.put("batch", t.getBatch());
      fields.put("indicators", t.getIndicators());
      fields.put("indicatorItems", t.getIndicatorItems());
      fields.put("standards", t.getStandardCodes());
    } else if (d instanceof CaseStudy c) {
      fields.put("mine", c.getMine());
      fields.put("enterprise", c.getEnterprise());
      fields.put("region", c.getRegion() == null ? null : c.getRegion().getCode());
      fields.put("mineral", c.getMineral());
      fields.put("miningMethod", c.getMiningMethod() == null ? null : c.getMiningMethod().name());
      fields.put("technologies", c.getTechnologySlugs());
      fields.put("standards", c.getStandardCodes());
      fields.put("figures", c.getFigures());
      fields.put("year", c.getYear());
    } else if (d instanceof NewsItem n) {
      fields.put("category", n.getCategory().name());
      fields.put("issuer", n.getIssuer());
      fields.put("docNumber", n.getDocNumber());
      fields.put("publishedOn", n.getPublishedOn() == null ? null : n.getPublishedOn().toString());
    }
    fields.values().removeIf(v -> v == null);
    return fields;
  }
}
