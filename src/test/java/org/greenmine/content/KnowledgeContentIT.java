package org.greenmine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.control.ContentImporter;
import org.greenmine.identity.entity.Role;
import org.greenmine.technology.entity.Technology;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.TestAccounts;
import org.greenmine.testing.UniqueWords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authoring and publishing knowledge content, and reading it as the public and as other systems do.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeContentIT {
  private static final Pattern EDIT_ID = Pattern.compile("curate/edit\\?id=(\\d+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(KnowledgeContentIT.class, TestAccounts.class);
  }

  @ArquillianResource URL base;
  @Inject TestAccounts accounts;
  @Inject ContentImporter importer;
  @Inject ContentCatalog catalog;

  private PortalHttp browser() {
    return new PortalHttp(LocalUrl.of(base));
  }

  private PortalHttp curatorOf(String association) throws Exception {
    String curator = accounts.createIn(association, "curator", "Curator-Pass-2026", Role.CURATOR);
    PortalHttp http = browser();
    assertEquals(302, http.login(curator, "Curator-Pass-2026").statusCode());
    return http;
  }

  /** Proposes a new CMF standard and returns its edit page address. */
  private String propose(PortalHttp curator, String code) throws Exception {
    var proposed =
        curator.submit(
            "curate/index",
            "propose",
            "submit",
            Map.of("code", code, "titleZh", "测试标准 " + code, "titleEn", "Test standard " + code));
    return editAddress(proposed);
  }

  /** The edit page a successful create or propose redirects to. */
  private static String editAddress(java.net.http.HttpResponse<String> created) {
    assertEquals(302, created.statusCode(), created.body());
    Matcher id = EDIT_ID.matcher(created.headers().firstValue("Location").orElse(""));
    assertTrue(id.find(), created.headers().toString());
    return "curate/edit?id=" + id.group(1);
  }

  private static Map<String, String> text(String code, String markdown) {
    return Map.of(
        "titleZh",
        "测试标准 " + code,
        "titleEn",
        "Test standard " + code,
        "summaryZh",
        "",
        "summaryEn",
        "",
        "markdown",
        markdown,
        "note",
        "");
  }

  private static String newCode() {
    return "T/CMF " + (100 + (int) (Math.random() * 899)) + "-2026";
  }

  @Test
  void aDraftIsInvisibleUntilPublishedThenEveryoneCanReadIt() throws Exception {
    PortalHttp curator = curatorOf("CMF");
    String code = newCode();
    String slug = code.replace("/", "-").replace(" ", "-");
    String edit = propose(curator, code);

    assertEquals(404, browser().get("standards/" + slug).statusCode(), "a draft's URL is a 404");
    assertEquals(404, browser().get("api/standards/" + slug).statusCode());

    var saved = curator.ajax(edit, "edit", "save", text(code, "## 1 范围\n\n本标准规定了**尾矿库**闭库要求。"));
    assertTrue(saved.body().contains("Saved."), saved.body());
    var published = curator.ajax(edit, "edit", "publish", Map.of());
    assertTrue(published.body().contains("Moved to Published."), published.body());

    var page = browser().get("standards/" + slug);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<strong>尾矿库</strong>"));
    var api = browser().get("api/standards/" + slug);
    assertEquals(200, api.statusCode());
    assertTrue(api.body().contains("\"code\":\"" + code + "\""), api.body());
  }

  @Test
  void curatorSessionsStayAuthorisedWhileMembersAreRefused() throws Exception {
    StringBuilder seen = new StringBuilder();
    for (int round = 0; round < 8; round++) {
      String curator = accounts.createIn("CMF", "probe", "Curator-Pass-2026", Role.CURATOR);
      PortalHttp http = browser();
      var login = http.login(curator, "Curator-Pass-2026");
      seen.append("login ")
          .append(login.statusCode())
          .append(' ')
          .append(login.headers().firstValue("Location").orElse(""))
          .append('\n');
      String member = accounts.create("probe-member", "Member-Pass-2026", Role.MEMBER);
      PortalHttp memberHttp = browser();
      memberHttp.login(member, "Member-Pass-2026");
      for (int i = 0; i < 4; i++) {
        seen.append("member ").append(memberHttp.get("curate/index").statusCode()).append('\n');
        var page = http.get("curate/index");
        seen.append(round)
            .append('.')
            .append(i)
            .append(' ')
            .append(page.statusCode())
            .append(' ')
            .append(http.sessionId())
            .append('\n');
      }
    }
    assertFalse(seen.toString().matches("(?s).*\\n\\d\\.\\d 403 .*"), seen.toString());
  }

  @Test
  void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsItsText() throws Exception {
    PortalHttp first = curatorOf("CMF");
    PortalHttp second = curatorOf("CMF");
    String code = newCode();
    String edit = propose(first, code);
    var firstPage = first.get(edit);
    var secondPage = second.get(edit);

    var firstSave =
        first.ajaxOn(firstPage, edit, "edit", "save", text(code, "First curator's text"));
    assertTrue(firstSave.body().contains("Saved."), firstSave.body());
    var secondSave =
        second.ajaxOn(secondPage, edit, "edit", "save", text(code, "Second curator's own words"));
    assertTrue(secondSave.body().contains("Someone else saved this item"), secondSave.body());
    assertTrue(
        secondSave.body().contains("Second curator&#39;s own words")
            || secondSave.body().contains("Second curator's own words"),
        "the typed text is kept");
  }

  @Test
  void renderedMarkdownIsSanitizedOnThePublicPage() throws Exception {
    PortalHttp curator = curatorOf("CMF");
    String code = newCode();
    String slug = code.replace("/", "-").replace(" ", "-");
    String edit = propose(curator, code);
    var saved =
        curator.ajax(
            edit,
            "edit",
            "save",
            text(
                code,
                "<script>alert(1)</script>\n\n[x](java&#115;cript:alert(1)) [y](https://example.org)"));
    assertTrue(saved.body().contains("Saved."), saved.body());
    var published = curator.ajax(edit, "edit", "publish", Map.of());
    assertTrue(published.body().contains("Moved to Published."), published.body());
    String body = browser().get("standards/" + slug).body();
    assertFalse(body.contains("<script>alert(1)"), body);
    assertFalse(body.contains("href=\"javascript"), body);
    assertTrue(body.contains("href=\"https://example.org\""));
  }

  @Test
  void curatorsSeeOnlyTheirOwnAssociationsContent() throws Exception {
    PortalHttp cmf = curatorOf("CMF");
    String edit = propose(cmf, newCode());
    PortalHttp shandong = curatorOf("SDMA");
    assertEquals(
        404,
        shandong.get(edit).statusCode(),
        "another association's draft does not exist for them");
    assertFalse(shandong.get("curate/index").body().contains(edit));
    String member = accounts.create("reader", "Reader-Pass-2026", Role.MEMBER);
    PortalHttp reader = browser();
    reader.login(member, "Reader-Pass-2026");
    assertEquals(403, reader.get("curate/index").statusCode());
  }

  @Test
  void aNumberWithAnotherAssociationsPrefixIsRefused() throws Exception {
    PortalHttp cmf = curatorOf("CMF");
    var refused =
        cmf.submit(
            "curate/index",
            "propose",
            "submit",
            Map.of("code", "T/SDMA 999-2026", "titleZh", "错", "titleEn", "Wrong"));
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("must carry your association"), refused.body());
  }

  @Test
  void membersCommentDuringThePeriodThenTheCuratorResolvesAndExportsTheTable() throws Exception {
    PortalHttp curator = curatorOf("CMF");
    String code = newCode();
    String slug = code.replace("/", "-").replace(" ", "-");
    String edit = propose(curator, code);
    java.time.LocalDate today = java.time.LocalDate.now();
    var tooShort =
        curator.ajax(
            edit,
            "edit",
            "setPeriod",
            Map.of(
                "opens_input",
                today.minusDays(1).toString(),
                "closes_input",
                today.plusDays(10).toString()));
    assertTrue(tooShort.body().contains("it must be at least 30 days"), tooShort.body());
    var period =
        curator.ajax(
            edit,
            "edit",
            "setPeriod",
            Map.of(
                "opens_input",
                today.minusDays(1).toString(),
                "closes_input",
                today.plusDays(30).toString()));
    assertTrue(period.body().contains("Comment period set."), period.body());
    // proposal → project approved → drafting → public comment: the first allowed move each time
    for (int i = 0; i < 3; i++) {
      var moved = curator.ajax(edit, "edit", "stages:0:stageMove", Map.of());
      assertTrue(moved.body().contains("Moved to"), moved.body());
    }
    var published = curator.ajax(edit, "edit", "publish", Map.of());
    assertTrue(published.body().contains("Moved to Published."), published.body());

    String member = accounts.create("commenter", "Commenter-Pass-2026", Role.MEMBER);
    PortalHttp reader = browser();
    reader.login(member, "Commenter-Pass-2026");
    var commented =
        reader.submit(
            "standards/" + slug,
            "comment",
            "submit",
            Map.of(
                "clause", "4.2",
                "type_input", "TECHNICAL",
                "text", "The slope limit should depend on the tailings grain size.",
                "proposedChange", "Add a table of limits by grain size."));
    assertEquals(
        302,
        commented.statusCode(),
        commented
            .body()
            .substring(Math.max(0, commented.body().indexOf("<main")), commented.body().length()));
    assertTrue(
        commented.headers().firstValue("Location").orElse("").contains("slug="),
        commented.headers().map().toString());
    String readerPage = reader.get("standards/" + slug).body();
    assertTrue(
        readerPage.contains("The slope limit should depend"),
        readerPage.substring(
            Math.max(0, readerPage.indexOf("id=\"comments\"")), readerPage.length()));
    assertFalse(
        browser().get("standards/" + slug).body().contains("The slope limit should depend"),
        "comments are not public");
    String commentsPage = "curate/comments?standard=" + edit.substring(edit.indexOf('=') + 1);
    assertEquals(403, reader.get(commentsPage).statusCode());

    // the period ends: the standard goes on to technical review (second allowed move from comment)
    var review = curator.ajax(edit, "edit", "stages:1:stageMove", Map.of());
    assertTrue(review.body().contains("Technical review"), review.body());
    assertFalse(
        reader.get("standards/" + slug).body().contains("comment:submit"), "comments are frozen");

    var noReason =
        curator.ajax(
            commentsPage,
            "resolve",
            "table:0:save",
            Map.of("table:0:disposition_input", "NOT_ACCEPTED"));
    assertTrue(noReason.body().contains("give a reason"), noReason.body());
    var resolved =
        curator.ajax(
            commentsPage,
            "resolve",
            "table:0:save",
            Map.of(
                "table:0:disposition_input",
                "PARTLY_ACCEPTED",
                "table:0:reason",
                "=Limits added for two size classes"));
    assertTrue(resolved.body().contains("resolved"), resolved.body());

    var csv = curator.submit(commentsPage, "resolve", "csv", Map.of());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("\uFEFF\"Clause\""), csv.body());
    assertTrue(csv.body().contains("\"4.2\",\"Technical\",\"The slope limit"), csv.body());
    assertTrue(
        csv.body().contains("\"Partly accepted\",\"'=Limits added"),
        "formula-like text is defused");
  }

  @Test
  void aMemberPostsANeedAndSeesTheTechnologiesThatFitBestFirst() throws Exception {
    String member = accounts.create("miner", "Miner-Pass-2026", Role.MEMBER);
    PortalHttp http = browser();
    http.login(member, "Miner-Pass-2026");
    var posted =
        http.submit(
            "needs/index",
            "need",
            "submit",
            Map.of(
                "title", "Tailings pond almost full",
                "mineral", "gold",
                "method_input", "UNDERGROUND",
                "problem", "尾矿库库容不足，希望把尾矿充填回井下采空区 paste backfill",
                "contact", "mine@example.com"));
    assertEquals(302, posted.statusCode(), posted.body());
    String location = posted.headers().firstValue("Location").orElseThrow();
    var fits = http.get(location.substring(location.indexOf("needs/")));
    assertEquals(200, fits.statusCode());
    String body = fits.body();
    int paste = body.indexOf("/technologies/paste-backfill-mining");
    assertTrue(paste > 0, body);
    assertFalse(
        body.contains("/technologies/electric-haul-trucks-battery-swap"),
        "open-pit only technologies do not fit underground");
    PortalHttp holder = curatorOf("CMF");
    String leads = holder.get("curate/needs").body();
    assertTrue(
        leads.contains("Tailings pond almost full") && leads.contains("mine@example.com"), leads);
    assertFalse(
        curatorOf("YTMA").get("curate/needs").body().contains("mine@example.com"),
        "only the holders of fitting technologies see the contact");
    String other = accounts.create("other", "Other-Pass-2026", Role.MEMBER);
    PortalHttp stranger = browser();
    stranger.login(other, "Other-Pass-2026");
    assertEquals(
        404,
        stranger.get(location.substring(location.indexOf("needs/"))).statusCode(),
        "a need is visible to its author and to curators only");
  }

  @Test
  void attachmentsAreCheckedByContentAndServedAsDownloadsOnlyOncePublished() throws Exception {
    PortalHttp curator = curatorOf("CMF");
    String code = newCode();
    String slug = code.replace("/", "-").replace(" ", "-");
    String edit = propose(curator, code);
    var disguised =
        curator.upload(
            edit, "attach", "upload", "file", "report.pdf", "<script>alert(1)</script>".getBytes());
    assertTrue(
        disguised.body().contains("is not a PDF, DOCX, XLSX, PNG or JPEG file"), disguised.body());
    byte[] pdf = "%PDF-1.4\n% GreenMine test\n".getBytes();
    var accepted = curator.upload(edit, "attach", "upload", "file", "尾矿库规范.pdf", pdf);
    assertTrue(accepted.body().contains("尾矿库规范.pdf attached."), accepted.body());
    Matcher link =
        Pattern.compile("href=\"/attachments/(\\d+)/([^\"]+)\"").matcher(accepted.body());
    assertTrue(link.find(), accepted.body());
    String download = "attachments/" + link.group(1) + "/" + link.group(2);
    assertFalse(link.group(2).contains("尾矿"), "stored under a generated name");
    assertEquals(404, browser().get(download).statusCode(), "not for the public while a draft");
    assertEquals(200, curator.get(download).statusCode());

    curator.ajax(edit, "edit", "publish", Map.of());
    var file = browser().get(download);
    assertEquals(200, file.statusCode());
    assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertTrue(file.body().startsWith("%PDF-1.4"));
    assertTrue(browser().get("standards/" + slug).body().contains(download));
  }

  @Test
  void aCuratorCreatesATechnologyFillsInItsDetailsAndPublishesItOnlyWhenComplete()
      throws Exception {
    PortalHttp curator = curatorOf("CMF");
    String word = UniqueWords.word("tech");
    var created =
        curator.submit(
            "curate/index",
            "create",
            "submit",
            Map.of(
                "kind_input",
                "TECHNOLOGY",
                "slug",
                "",
                "titleZh",
                "胶结充填新工艺 " + word,
                "titleEn",
                "Cemented Backfill, Low-Cement " + word));
    String edit = editAddress(created);
    String slug = "cemented-backfill-low-cement-" + word.toLowerCase(java.util.Locale.ROOT);

    var incomplete = curator.ajax(edit, "edit", "publish", Map.of());
    assertTrue(
        incomplete
            .body()
            .contains("An item in review or published needs: Catalogue category, Mining method,"),
        incomplete.body());
    assertEquals(404, browser().get("api/technologies/" + slug).statusCode());

    Map<String, String> details = new java.util.HashMap<>();
    details.putAll(
        Map.of(
            "titleZh", "胶结充填新工艺 " + word,
            "titleEn", "Cemented Backfill, Low-Cement " + word,
            "markdown", "Backfill with less cement.",
            "category_input", "MINING",
            "mining_method_input", "UNDERGROUND",
            "maturity_input", "PILOT",
            "trl", "9",
            "minerals", "gold; copper",
            "indicators", "cement saved=30 %\nbackfill strength=2.5 MPa",
            "holder", "Test holder institute " + word));
    var refused = curator.ajax(edit, "edit", "save", details);
    assertTrue(refused.body().contains("TRL 9"), refused.body());
    assertTrue(refused.body().contains("Test holder institute " + word), "the typed text is kept");

    details.put("trl", "5");
    var saved = curator.ajax(edit, "edit", "save", details);
    assertTrue(saved.body().contains("Saved."), saved.body());
    var published = curator.ajax(edit, "edit", "publish", Map.of());
    assertTrue(published.body().contains("Moved to Published."), published.body());

    var api = browser().get("api/technologies/" + slug);
    assertEquals(200, api.statusCode(), api.body());
    assertTrue(api.body().contains("\"category\":\"MINING\""), api.body());
    assertTrue(api.body().contains("\"maturity\":\"PILOT\""), api.body());
    assertTrue(api.body().contains("\"trl\":5"), api.body());
    assertTrue(api.body().contains("backfill strength=2.5 MPa"), api.body());

    var page = browser().get("technologies/" + slug);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Test holder institute " + word), page.body());

    details.put("category_input", "");
    var emptied = curator.ajax(edit, "edit", "save", details);
    assertTrue(
        emptied.body().contains("An item in review or published needs: Catalogue category."),
        emptied.body());
    assertTrue(
        browser().get("api/technologies/" + slug).body().contains("\"category\":\"MINING\""),
        "a published item keeps its category");
  }

  @Test
  void anAdministratorProposesForAnAssociationAndFieldsAreCheckedInTheReadersLanguage()
      throws Exception {
    String admin = accounts.create("admin", "Admin-Pass-2026", Role.ADMIN);
    PortalHttp http = browser();
    assertEquals(302, http.login(admin, "Admin-Pass-2026").statusCode());
    String code = "T/SDMA " + (100 + (int) (Math.random() * 899)) + "-2026";
    var proposed =
        http.submit(
            "curate/index",
            "propose",
            "submit",
            Map.of(
                "association_input",
                "SDMA",
                "code",
                code,
                "titleZh",
                "测试标准 " + code,
                "titleEn",
                "Test standard " + code));
    String edit = editAddress(proposed);
    assertTrue(http.get(edit).body().contains("associationCode\">SDMA<"), "a Shandong standard");

    Map<String, String> fields = new java.util.HashMap<>(text(code, "first text"));
    fields.put("ics", "7302");
    var chinese = http.language("zh-CN").ajax(edit, "edit", "save", fields);
    assertTrue(chinese.body().contains("ICS 分类号：值“7302”不被接受。"), chinese.body());

    fields.put("ics", "73.020");
    fields.put("references", "GB/T 44823-2024; DZ/T 0272-2015");
    fields.put("published_on", "2026-05-01");
    fields.put("effective_on", "2026-04-01");
    var early = http.language("en").ajax(edit, "edit", "save", fields);
    assertTrue(early.body().contains("Effective from: the value"), early.body());

    fields.put("effective_on", "2026-08-01");
    assertTrue(http.ajax(edit, "edit", "save", fields).body().contains("Saved."));
    fields.put("markdown", "second text");
    assertTrue(http.ajax(edit, "edit", "save", fields).body().contains("Saved."));
    fields.put("markdown", "third text");
    assertTrue(http.ajax(edit, "edit", "save", fields).body().contains("Saved."));

    var difference =
        http.ajax(
            edit,
            "edit",
            "compareSelected",
            Map.of("compareFrom_input", "2", "compareTo_input", "4"));
    assertTrue(
        difference.body().contains("Changes from revision 2 to revision 4"), difference.body());
    assertTrue(difference.body().contains("- first text"), difference.body());
    assertTrue(difference.body().contains("+ third text"), difference.body());
    assertFalse(difference.body().contains("second text"), "revision 3 is not in the comparison");

    // the history lists newest first: row 2 is revision 2; what the portal did is said, not stored
    var restored = http.language("en").ajax(edit, "edit", "history:2:restore", Map.of());
    assertTrue(restored.body().contains(">Restored revision 2<"), restored.body());
    assertTrue(restored.body().contains(">Proposed<"), restored.body());
    String chineseHistory = http.language("zh-CN").get(edit).body();
    assertTrue(chineseHistory.contains(">恢复为第 2 版<"), chineseHistory);
    assertTrue(chineseHistory.contains(">提出立项<"), chineseHistory);
    assertFalse(
        chineseHistory.contains("restored revision"), "no English note in the Chinese page");
  }

  @Test
  void theJsonApiListsAndShowsPublishedItems() throws Exception {
    var list = browser().get("api/technologies?page=0&size=5");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().matches("(?s).*\"total\":(4\\d|[5-9]\\d|\\d{3}).*"), list.body());
    assertEquals(5, list.body().split("\"kind\":\"technology\"").length - 1);
    var capped = browser().get("api/cases?size=100000");
    assertTrue(capped.body().contains("\"size\":100"), capped.body());
    var item = browser().get("api/cases/zhaoyuan-gold-paste-backfill");
    assertEquals(200, item.statusCode());
    assertTrue(item.body().contains("\"figures\""), item.body());
    assertFalse(browser().get("api/technologies/paste-backfill-mining").body().contains("contact"));
    var missing = browser().get("api/cases/no-such-case");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("content.notFound"));
    var openapi = new PortalHttp(LocalUrl.of(base).resolve("/")).get("openapi");
    assertTrue(openapi.body().contains("/api/{kind"), openapi.body());
    assertTrue(openapi.body().contains("A page of published items of one kind"));
  }

  @Test
  void theSeedContentIsAllThereAndABadFileIsReportedWithoutHalfLoading() throws Exception {
    assertTrue(
        catalog
                .publishedPage(
                    Technology.class, 0, 1, ContentCatalog.SortBy.PUBLISHED, false, Map.of())
                .total()
            >= 40);
    Path root = Files.createTempDirectory("content");
    Path technologies = Files.createDirectories(root.resolve("technologies"));
    String good = "good-" + UUID.randomUUID().toString().substring(0, 8);
    String bad = "bad-" + UUID.randomUUID().toString().substring(0, 8);
    String header =
        "---\nassociation: CMF\ntitle_zh: 测试\ntitle_en: Test\ncategory: MINING\nminerals: coal\n"
            + "mining_method: UNDERGROUND\ntrl: 9\n";
    Files.writeString(
        technologies.resolve(good + ".md"),
        header + "slug: " + good + "\nmaturity: PROMOTION\n---\n正文\n");
    Files.writeString(
        technologies.resolve(bad + ".md"),
        header + "slug: " + bad + "\nmaturity: GALACTIC\n---\n正文\n");
    ContentImporter.Report report = importer.importFrom(root);
    assertEquals(1, report.added());
    assertEquals(1, report.refused().size());
    String reason = report.refused().get(0);
    assertTrue(
        reason.contains("technologies/" + bad + ".md")
            && reason.contains("maturity")
            && reason.contains("10"),
        reason);
    assertTrue(catalog.published(Technology.class, good).isPresent());
    assertTrue(
        catalog.published(Technology.class, bad).isEmpty(), "nothing of a bad file is stored");
  }
}
