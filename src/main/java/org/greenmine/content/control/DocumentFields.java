package org.greenmine.content.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greenmine.association.entity.Region;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.cases.entity.Figure;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.standards.entity.Standard;
import org.greenmine.technology.entity.Maturity;
import org.greenmine.technology.entity.MiningMethod;
import org.greenmine.technology.entity.Technology;
import org.greenmine.technology.entity.TechnologyCategory;

/**
 * The fields that differ by kind (a standard's ICS code, a technology's maturity, a case's figures,
 * a policy's issuer …), in the flat {@code key: value} form of the seed files' front matter. The
 * seed loader and the curators' edit form both apply them through here, so a value the loader
 * refuses is refused in the form too, with the same rule.
 */
public final class DocumentFields {
  private static final Pattern ICS = Pattern.compile("\\d{2}(\\.\\d{3}(\\.\\d{2})?)?");
  private static final Pattern CCS = Pattern.compile("[A-Z] ?\\d{2}");

  /**
   * A standard's number as cited: {@code GB/T 44823-2024}, {@code DZ/T 0272-2015}, {@code DB34/T
   * 3922-2021}, {@code T/CMF 003-2021}.
   */
  private static final Pattern CITED_STANDARD =
      Pattern.compile("(T/)?[A-Z]{1,8}(\\d{2,6})?(/[TZ])? ?\\d+(\\.\\d+)*[-–—]\\d{4}");

  /** The longest value each field's column holds (lists as stored, joined by "; "). */
  private static final Map<String, Integer> LIMITS =
      Map.ofEntries(
          Map.entry("scope_zh", 4000),
          Map.entry("scope_en", 4000),
          Map.entry("ics", 64),
          Map.entry("ccs", 64),
          Map.entry("drafting_units", 2000),
          Map.entry("drafters", 2000),
          Map.entry("references", 4000),
          Map.entry("minerals", 500),
          Map.entry("holder", 300),
          Map.entry("contact", 300),
          Map.entry("batch", 32),
          Map.entry("indicators", 4000),
          Map.entry("indicator_items", 1000),
          Map.entry("standards", 1000),
          Map.entry("mine", 300),
          Map.entry("enterprise", 300),
          Map.entry("mineral", 100),
          Map.entry("technologies", 2000),
          Map.entry("figures", 2000),
          Map.entry("issuer", 300),
          Map.entry("doc_number", 100));

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** What the fields refer to, looked up in the caller's transaction. */
  public interface Links {
    Optional<Region> region(RegionCode code);

    Optional<Standard> standard(String code);

    boolean technologyExists(String slug);
  }

  private DocumentFields() {}

  /** The document's kind-specific fields as the edit form shows them: lists joined by "; ". */
  public static Map<String, String> read(Document document) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (document instanceof Standard s) {
      fields.put("scope_zh", s.getScopeZh());
      fields.put("scope_en", s.getScopeEn());
      fields.put("ics", s.getIcs());
      fields.put("ccs", s.getCcs());
      fields.put("drafting_units", joined(s.getDraftingUnits()));
      fields.put("drafters", joined(s.getDrafters()));
      fields.put("references", joined(s.getNormativeReferences()));
      fields.put("project_approved_on", text(s.getProjectApprovedOn()));
      fields.put("approved_on", text(s.getApprovedOn()));
      fields.put("published_on", text(s.getPublishedOn()));
      fields.put("effective_on", text(s.getEffectiveOn()));
      fields.put("replaces", s.getReplaces() == null ? null : s.getReplaces().getCode());
    } else if (document instanceof Technology t) {
      fields.put("category", name(t.getCategory()));
      fields.put("minerals", joined(t.getMinerals()));
      fields.put("mining_method", name(t.getMiningMethod()));
      fields.put("maturity", name(t.getMaturity()));
      fields.put("trl", t.getTrl() == 0 ? null : Integer.toString(t.getTrl()));
      fields.put("holder", t.getHolder());
      fields.put("contact", t.getContact());
      fields.put("batch", t.getBatch());
      fields.put("indicators", joined(t.getIndicators()));
      fields.put("indicator_items", joined(t.getIndicatorItems()));
      fields.put("standards", joined(t.getStandardCodes()));
    } else if (document instanceof CaseStudy c) {
      fields.put("mine", c.getMine());
      fields.put("enterprise", c.getEnterprise());
      fields.put("region", c.getRegion() == null ? null : c.getRegion().getCode());
      fields.put("mineral", c.getMineral());
      fields.put("mining_method", name(c.getMiningMethod()));
      fields.put("scale", name(c.getScale()));
      fields.put("year", c.getYear() == null ? null : c.getYear().toString());
      fields.put("technologies", joined(c.getTechnologySlugs()));
      fields.put("standards", joined(c.getStandardCodes()));
      fields.put("figures", joined(c.getFigures()));
    } else if (document instanceof NewsItem n) {
      fields.put("kind", name(n.getCategory()));
      fields.put("issuer", n.getIssuer());
      fields.put("doc_number", n.getDocNumber());
      fields.put("published_on", text(n.getPublishedOn()));
    } else {
      throw new IllegalArgumentException(document.getClass().getName());
    }
    return fields;
  }

  /** Checks the fields and sets them; a refusal leaves the document as it was. */
  public static void apply(Document document, FrontMatterDocument fields, Links links) {
    LIMITS.forEach(
        (key, limit) -> {
          int length = String.join("; ", fields.list(key)).length();
          if (length > limit) {
            throw fields.tooLong(key, length, limit);
          }
        });
    if (document instanceof Standard s) {
      applyStandard(s, fields, links);
    } else if (document instanceof Technology t) {
      applyTechnology(t, fields);
    } else if (document instanceof CaseStudy c) {
      applyCase(c, fields, links);
    } else if (document instanceof NewsItem n) {
      n.issue(
          fields.choice("kind", NewsItem.Category.class),
          fields.optional("issuer").orElse(null),
          fields.optional("doc_number").orElse(null),
          fields.date("published_on"));
    } else {
      throw new IllegalArgumentException(document.getClass().getName());
    }
  }

  /** A URL slug: lower-case latin letters and digits in words joined by hyphens. */
  public static boolean isSlug(String candidate) {
    return candidate != null && candidate.length() <= 120 && SLUG.matcher(candidate).matches();
  }

  /** A slug made from an English title: "Paste Backfill (Cemented)" → "paste-backfill-cemented". */
  public static String slugOf(String englishTitle) {
    String slug =
        englishTitle
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+)|(-+$)", "");
    return slug.length() <= 80 ? slug : slug.substring(0, 80).replaceAll("-+$", "");
  }

  private static void applyStandard(Standard standard, FrontMatterDocument fields, Links links) {
    String ics = fields.optional("ics").orElse(null);
    if (ics != null && !ICS.matcher(ics).matches()) {
      throw fields.invalid("ics", ics);
    }
    String ccs = fields.optional("ccs").orElse(null);
    if (ccs != null && !CCS.matcher(ccs).matches()) {
      throw fields.invalid("ccs", ccs);
    }
    List<String> references = fields.list("references");
    for (String reference : references) {
      if (!CITED_STANDARD.matcher(reference).matches()) {
        throw fields.invalid("references", reference);
      }
    }
    LocalDate projectApproved = fields.date("project_approved_on");
    LocalDate approved = fields.date("approved_on");
    LocalDate published = fields.date("published_on");
    LocalDate effective = fields.date("effective_on");
    checkOrder(fields, "approved_on", projectApproved, approved);
    checkOrder(fields, "published_on", approved, published);
    checkOrder(fields, "effective_on", published, effective);
    Standard earlier = null;
    String replaces = fields.optional("replaces").orElse(null);
    if (replaces != null) {
      earlier = links.standard(replaces).orElseThrow(() -> fields.invalid("replaces", replaces));
      // an edition cannot replace itself, nor one that (through others) already replaces it
      for (Standard e = earlier; e != null; e = e.getReplaces()) {
        if (e == standard || (e.getId() != null && e.getId().equals(standard.getId()))) {
          throw fields.invalid("replaces", replaces);
        }
      }
    }
    standard.describe(
        fields.optional("scope_zh").orElse(null),
        fields.optional("scope_en").orElse(null),
        ics,
        ccs,
        fields.list("drafting_units"),
        fields.list("drafters"),
        references);
    standard.date(projectApproved, approved, published, effective);
    standard.replace(earlier);
  }

  private static void applyTechnology(Technology technology, FrontMatterDocument fields) {
    Maturity maturity = fields.optionalChoice("maturity", Maturity.class);
    Integer trl = fields.number("trl");
    TechnologyCategory category = fields.optionalChoice("category", TechnologyCategory.class);
    MiningMethod method = fields.optionalChoice("mining_method", MiningMethod.class);
    try {
      technology.classify(
          category, fields.list("minerals"), method, maturity, trl == null ? 0 : trl);
    } catch (InvalidInput e) {
      throw fields.invalid("trl", trl, e);
    }
    technology.describe(
        fields.optional("holder").orElse(null),
        fields.optional("contact").orElse(null),
        fields.optional("batch").orElse(null),
        fields.list("indicators"),
        fields.list("indicator_items"),
        fields.list("standards"));
  }

  private static void applyCase(CaseStudy study, FrontMatterDocument fields, Links links) {
    List<Figure> figures;
    try {
      figures = Figure.parseAll(fields.list("figures"));
    } catch (InvalidInput e) {
      throw fields.invalid("figures", fields.optional("figures").orElse(""), e);
    }
    Region region = null;
    String regionCode = fields.optional("region").orElse(null);
    if (regionCode != null) {
      try {
        region =
            links
                .region(new RegionCode(regionCode))
                .orElseThrow(() -> fields.invalid("region", regionCode));
      } catch (InvalidInput e) {
        throw fields.invalid("region", regionCode);
      }
    }
    List<String> technologies = fields.list("technologies");
    for (String slug : technologies) {
      if (!links.technologyExists(slug)) {
        throw fields.invalid("technologies", slug);
      }
    }
    Integer year = fields.number("year");
    if (year != null && (year < 1949 || year > 2100)) {
      throw fields.invalid("year", year);
    }
    study.describe(
        fields.optional("mine").orElse(null),
        fields.optional("enterprise").orElse(null),
        region,
        fields.optional("mineral").orElse(null),
        fields.optionalChoice("mining_method", MiningMethod.class),
        fields.optionalChoice("scale", CaseStudy.Scale.class),
        year);
    study.link(technologies, fields.list("standards"), figures);
  }

  private static void checkOrder(
      FrontMatterDocument fields, String laterKey, LocalDate earlier, LocalDate later) {
    if (earlier != null && later != null && later.isBefore(earlier)) {
      throw fields.invalid(laterKey, later);
    }
  }

  private static String joined(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join("; ", values);
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
