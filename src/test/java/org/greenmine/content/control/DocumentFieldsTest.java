package org.greenmine.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenmine.association.entity.Association;
import org.greenmine.association.entity.AssociationLevel;
import org.greenmine.association.entity.Region;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.entity.NewsItem;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.Phrase;
import org.greenmine.standards.entity.Standard;
import org.greenmine.standards.entity.StandardNumber;
import org.greenmine.technology.entity.Maturity;
import org.greenmine.technology.entity.Technology;
import org.junit.jupiter.api.Test;

class DocumentFieldsTest {
  private static final Association CMF =
      new Association("CMF", "联合会", "Federation", "T/CMF", AssociationLevel.NATIONAL, null, null);
  private static final Region ZHAOYUAN = new Region(new RegionCode("370685"), "招远市", "Zhaoyuan");
  private final Map<String, Standard> standards = new HashMap<>();

  private final DocumentFields.Links links =
      new DocumentFields.Links() {
        @Override
        public Optional<Region> region(RegionCode code) {
          return code.value().equals("370685") ? Optional.of(ZHAOYUAN) : Optional.empty();
        }

        @Override
        public Optional<Standard> standard(String code) {
          return Optional.ofNullable(standards.get(code));
        }

        @Override
        public boolean technologyExists(String slug) {
          return slug.equals("paste-backfill-mining");
        }
      };

  private static Standard standard(String code) {
    return new Standard(StandardNumber.parse(code), CMF, "标准", "Standard");
  }

  private static InvalidInput refusal(Runnable apply) {
    return assertThrows(InvalidInput.class, apply::run);
  }

  @Test
  void aStandardsFieldsGoInAndComeOutUnchanged() {
    Standard earlier = standard("T/CMF 003-2021");
    standards.put("T/CMF 003-2021", earlier);
    Standard standard = standard("T/CMF 003-2026");
    Map<String, String> typed = new HashMap<>();
    typed.put("scope_en", "Tailings ponds at closure.");
    typed.put("ics", "73.020");
    typed.put("ccs", "D 10");
    typed.put("drafting_units", "Institute A\nInstitute B");
    typed.put("references", "GB/T 44823-2024; DZ/T 0272-2015; DB34/T 3922-2021");
    typed.put("published_on", "2026-05-01");
    typed.put("effective_on", "2026-08-01");
    typed.put("replaces", "T/CMF 003-2021");

    DocumentFields.apply(standard, FrontMatterDocument.ofForm(typed), links);

    assertEquals(List.of("Institute A", "Institute B"), standard.getDraftingUnits());
    assertEquals(earlier, standard.getReplaces());
    assertEquals(LocalDate.of(2026, 8, 1), standard.getEffectiveOn());
    Map<String, String> read = DocumentFields.read(standard);
    assertEquals("Institute A; Institute B", read.get("drafting_units"));
    assertEquals("T/CMF 003-2021", read.get("replaces"));
    assertEquals("GB/T 44823-2024; DZ/T 0272-2015; DB34/T 3922-2021", read.get("references"));
  }

  @Test
  void badCodesDatesOutOfOrderAndACircularEditionChainAreRefusedNamingTheField() {
    Standard standard = standard("T/CMF 004-2026");
    InvalidInput ics =
        refusal(
            () ->
                DocumentFields.apply(
                    standard, FrontMatterDocument.ofForm(Map.of("ics", "7302")), links));
    assertEquals("content.form.invalid", ics.messageKey());
    assertEquals(new Phrase("field.ics"), ics.arguments()[0]);
    assertEquals(
        new Phrase("field.references"),
        refusal(
                () ->
                    DocumentFields.apply(
                        standard,
                        FrontMatterDocument.ofForm(Map.of("references", "see the national one")),
                        links))
            .arguments()[0]);
    assertEquals(
        new Phrase("field.effective_on"),
        refusal(
                () ->
                    DocumentFields.apply(
                        standard,
                        FrontMatterDocument.ofForm(
                            Map.of("published_on", "2026-05-01", "effective_on", "2026-04-01")),
                        links))
            .arguments()[0]);

    Standard older = standard("T/CMF 004-2020");
    older.replace(standard);
    standards.put("T/CMF 004-2020", older);
    refusal(
        () ->
            DocumentFields.apply(
                standard, FrontMatterDocument.ofForm(Map.of("replaces", "T/CMF 004-2020")), links));
    assertNull(standard.getReplaces(), "a refusal changes nothing");
    assertNull(standard.getIcs());
  }

  @Test
  void aTechnologyDraftMayBeIncompleteButNotWrong() {
    Technology technology = new Technology("low-cement-backfill", CMF, "低水泥充填", "Backfill");
    DocumentFields.apply(technology, FrontMatterDocument.ofForm(Map.of("holder", "Lab")), links);
    assertEquals(
        List.of("category", "mining_method", "maturity"), technology.missingForPublication());

    InvalidInput trl =
        refusal(
            () ->
                DocumentFields.apply(
                    technology,
                    FrontMatterDocument.ofForm(Map.of("maturity", "PILOT", "trl", "9")),
                    links));
    assertEquals("technology.trl.maturity", trl.messageKey(), "the form gets the precise reason");

    DocumentFields.apply(
        technology,
        FrontMatterDocument.ofForm(
            Map.of(
                "category", "MINING",
                "mining_method", "UNDERGROUND",
                "maturity", "PILOT",
                "trl", "5",
                "indicators", "cement saved=30 %; strength=2.5 MPa")),
        links);
    assertTrue(technology.missingForPublication().isEmpty());
    assertEquals(Maturity.PILOT, technology.getMaturity());
    assertEquals("5", DocumentFields.read(technology).get("trl"));
  }

  @Test
  void aSeedFileIsRefusedWithItsPathLineAndField() {
    Technology technology = new Technology("x", CMF, "技术", "Technology");
    var file =
        FrontMatterDocument.parse(
            "---\nslug: x\nmaturity: PILOT\ntrl: 9\n---\nbody", "technologies/x.md");
    InvalidInput refusal = refusal(() -> DocumentFields.apply(technology, file, links));
    assertEquals("content.field.invalid", refusal.messageKey());
    assertEquals("technologies/x.md", refusal.arguments()[0]);
    assertEquals(4, refusal.arguments()[1]);
    assertEquals("trl", refusal.arguments()[2]);
  }

  @Test
  void aCaseLinksOnlyToTechnologiesAndRegionsThatExist() {
    CaseStudy study = new CaseStudy("zhaoyuan", CMF, "案例", "Case");
    Map<String, String> typed = new HashMap<>();
    typed.put("mine", "Zhaoyuan gold mine");
    typed.put("technologies", "paste-backfill-mining; no-such-technology");
    assertEquals(
        new Phrase("field.technologies"),
        refusal(() -> DocumentFields.apply(study, FrontMatterDocument.ofForm(typed), links))
            .arguments()[0]);
    typed.put("technologies", "paste-backfill-mining");
    typed.put("region", "999999");
    refusal(() -> DocumentFields.apply(study, FrontMatterDocument.ofForm(typed), links));
    typed.put("region", "37068");
    refusal(() -> DocumentFields.apply(study, FrontMatterDocument.ofForm(typed), links));
    typed.put("region", "370685");
    typed.put("figures", "mining_recovery=86->93 %");
    DocumentFields.apply(study, FrontMatterDocument.ofForm(typed), links);
    assertEquals(ZHAOYUAN, study.getRegion());
    assertEquals(List.of("enterprise"), study.missingForPublication());
    assertEquals("mining_recovery=86->93 %", DocumentFields.read(study).get("figures"));
  }

  @Test
  void tooLongAValueIsRefusedBeforeTheDatabaseWouldBe() {
    NewsItem item = new NewsItem("n", CMF, "新闻", "News", NewsItem.Category.NEWS);
    InvalidInput refusal =
        refusal(
            () ->
                DocumentFields.apply(
                    item,
                    FrontMatterDocument.ofForm(Map.of("kind", "POLICY", "issuer", "x".repeat(301))),
                    links));
    assertEquals("content.form.tooLong", refusal.messageKey());
    DocumentFields.apply(
        item, FrontMatterDocument.ofForm(Map.of("kind", "POLICY", "issuer", "MNR")), links);
    assertEquals(NewsItem.Category.POLICY, item.getCategory());
  }

  @Test
  void slugsAreMadeFromEnglishTitlesAndChecked() {
    assertEquals(
        "paste-backfill-cemented-2026",
        DocumentFields.slugOf("  Paste Backfill (Cemented), 2026!"));
    assertTrue(DocumentFields.isSlug("paste-backfill"));
    assertFalse(DocumentFields.isSlug("Paste-Backfill"));
    assertFalse(DocumentFields.isSlug("paste--backfill"));
    assertFalse(DocumentFields.isSlug("../etc"));
    assertFalse(DocumentFields.isSlug(""));
  }
}
