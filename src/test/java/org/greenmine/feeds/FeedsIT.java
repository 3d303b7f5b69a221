package org.greenmine.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.greenmine.identity.entity.Role;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feeds as a feed reader sees them: well-formed Atom with the seed content, only what is
 * published, in the language asked for, 404 for an unknown feed, 304 while nothing has changed. The
 * tests that need a curator or a final award list seed them in the container, as KnowledgeContentIT
 * does; the others run as a client.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final List<String> FEEDS =
      List.of("standards", "technologies", "cases", "comment-periods", "awards");
  private static final Pattern EDIT_ID = Pattern.compile("curate/edit\\?id=(\\d+)");
  private static final String HOSTILE = "<script>alert(1)</script> ]]> & \u0001\u000Bend";
  private static final String HOSTILE_CLEANED = "<script>alert(1)</script> ]]> & end";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(FeedsIT.class, TestAccounts.class, FinalAwardLists.class);
  }

  @ArquillianResource URL base;
  @Inject TestAccounts accounts;
  @Inject FinalAwardLists awardLists;

  // --- a feed reader ---------------------------------------------------------------------------

  private URI portal() {
    return LocalUrl.of(base);
  }

  /** A GET as a feed reader sends it: no cookies, no redirects followed, these headers. */
  private HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(portal().resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The feed, checked to be served as Atom and parsed by a namespace-aware XML parser. */
  private Element feed(String name, String lang, String... headers) throws Exception {
    String path = "feeds/" + name + ".atom" + (lang == null ? "" : "?lang=" + lang);
    HttpResponse<byte[]> response = fetch(path, headers);
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(200, response.statusCode(), path + " → " + text);
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/atom+xml"), type);
    assertTrue(type.toLowerCase(Locale.ROOT).replace(" ", "").contains("charset=utf-8"), type);
    assertFalse(text.contains("<script"), "no markup from a title gets through: " + path);
    Element root = parse(response.body()).getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    return root;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /** The direct Atom child elements of that name. */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), "one " + name + " in " + parent.getLocalName());
    return found.get(0).getTextContent();
  }

  private static Optional<String> optionalText(Element parent, String name) {
    return children(parent, name).stream().findFirst().map(Element::getTextContent);
  }

  private static String link(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(l -> rel.equals(l.getAttribute("rel")))
        .findFirst()
        .map(l -> l.getAttribute("href"))
        .orElseThrow(() -> new AssertionError("no link rel=" + rel));
  }

  /** The entry whose page is at this path (before the language parameter), if there is one. */
  private Optional<Element> entryFor(Element feed, String path) {
    String page = portal().resolve(path).toString();
    return children(feed, "entry").stream()
        .filter(e -> link(e, "alternate").replaceFirst("\\?lang=\\w+$", "").equals(page))
        .findFirst();
  }

  private static Instant date(String rfc3339) {
    assertTrue(
        rfc3339.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"),
        rfc3339);
    return OffsetDateTime.parse(rfc3339).toInstant();
  }

  // --- what every feed is ----------------------------------------------------------------------

  @Test
  @RunAsClient
  void everyFeedIsWellFormedAtomAndTheSeedContentIsInIt() throws Exception {
    for (String name : FEEDS) {
      Element feed = feed(name, "en");
      assertEquals("en", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"), name);
      assertTrue(text(feed, "id").startsWith("tag:"), name);
      assertFalse(text(feed, "title").isBlank(), name);
      date(text(feed, "updated"));
      assertEquals(
          portal().resolve("feeds/" + name + ".atom?lang=en").toString(), link(feed, "self"));
      assertTrue(link(feed, "alternate").startsWith(portal().toString()), link(feed, "alternate"));
      List<Element> entries = children(feed, "entry");
      assertTrue(entries.size() <= 50, name + " has " + entries.size() + " entries");
      for (Element entry : entries) {
        assertTrue(text(entry, "id").startsWith("tag:"), text(entry, "id"));
        assertFalse(text(entry, "title").isBlank());
        Instant published = date(text(entry, "published"));
        assertFalse(date(text(entry, "updated")).isBefore(published), text(entry, "id"));
        assertTrue(
            link(entry, "alternate").startsWith(portal().toString()), link(entry, "alternate"));
        assertFalse(text(children(entry, "author").get(0), "name").isBlank());
      }
      assertEquals(
          entries.size(),
          entries.stream().map(e -> text(e, "id")).distinct().count(),
          "ids are unique in " + name);
    }

    Element standards = feed("standards", "en");
    Element edition = entryFor(standards, "standards/T-CMF-003-2025").orElseThrow();
    assertEquals(
        "T/CMF 003-2025 Technical specification for full-tailings paste backfill in metal mines",
        text(edition, "title"));
    assertTrue(text(edition, "summary").startsWith("Published. "), text(edition, "summary"));
    List<Instant> published =
        children(standards, "entry").stream().map(e -> date(text(e, "published"))).toList();
    for (int i = 1; i < published.size(); i++) {
      assertFalse(published.get(i).isAfter(published.get(i - 1)), "newest first");
    }

    Element technologies = feed("technologies", "en");
    assertTrue(children(technologies, "entry").size() >= 40, "the seed's 40 technologies");
    Element paste = entryFor(technologies, "technologies/paste-backfill-mining").orElseThrow();
    assertEquals("Full-tailings paste backfill mining", text(paste, "title"));
    assertTrue(
        text(paste, "summary")
            .startsWith("Unclassified tailings are made into a non-bleeding paste"),
        text(paste, "summary"));
    assertEquals(
        "tag:greenmine.invalid,2026:technologies/paste-backfill-mining", text(paste, "id"));

    Element cases = feed("cases", "en");
    assertTrue(entryFor(cases, "cases/zhaoyuan-gold-paste-backfill").isPresent());

    for (Element period : children(feed("comment-periods", "en"), "entry")) {
      assertTrue(link(period, "alternate").contains("/standards/"), link(period, "alternate"));
      assertTrue(text(period, "title").startsWith("Public comment: "), text(period, "title"));
    }
    Element awards = feed("awards", "en");
    assertTrue(
        entryFor(awards, "selections/cmf-excellent-mines-2026").isEmpty(),
        "the seed campaign takes applications: it has no award list yet");
  }

  @Test
  @RunAsClient
  void theLanguageComesFromTheParameterElseFromTheBrowser() throws Exception {
    var asked = fetch("feeds/technologies.atom?lang=zh", "Accept-Language", "en");
    assertEquals(200, asked.statusCode(), "the feed reads lang itself: no language redirect");
    assertTrue(asked.headers().allValues("Set-Cookie").isEmpty(), "and remembers nothing");

    Element chinese = feed("technologies", "zh", "Accept-Language", "en");
    assertEquals("zh", chinese.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("绿色矿山门户：绿色技术", text(chinese, "title"));
    Element paste = entryFor(chinese, "technologies/paste-backfill-mining").orElseThrow();
    assertEquals("全尾砂膏体充填采矿技术", text(paste, "title"));
    assertTrue(text(paste, "summary").startsWith("以全尾砂为骨料"), text(paste, "summary"));
    assertTrue(link(paste, "alternate").endsWith("?lang=zh"));

    Element english = feed("technologies", null, "Accept-Language", "en-GB,en;q=0.9");
    assertEquals("en", english.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("GreenMine Portal: green technologies", text(english, "title"));
    assertEquals(
        "Full-tailings paste backfill mining",
        text(entryFor(english, "technologies/paste-backfill-mining").orElseThrow(), "title"));
    var negotiated = fetch("feeds/technologies.atom", "Accept-Language", "en");
    assertTrue(negotiated.headers().firstValue("Vary").orElse("").contains("Accept-Language"));

    Element browserChinese = feed("standards", null, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
    assertEquals("zh", browserChinese.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("绿色矿山门户：团体标准", text(browserChinese, "title"));
    Element english2 = feed("standards", "en", "Accept-Language", "zh-CN");
    assertEquals("en", english2.getAttributeNS(XMLConstants.XML_NS_URI, "lang"), "lang wins");
  }

  @Test
  @RunAsClient
  void anUnknownFeedIsNotFound() throws Exception {
    for (String path :
        List.of(
            "feeds/news.atom",
            "feeds/standards",
            "feeds/standards.rss",
            "feeds/",
            "feeds/standards.atom/more",
            "feeds/%3Cscript%3E.atom")) {
      var response = fetch(path);
      assertEquals(404, response.statusCode(), path);
      assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("<script>"), path);
    }
  }

  @Test
  @RunAsClient
  void anUnchangedFeedAnswersNotModified() throws Exception {
    var first = fetch("feeds/technologies.atom?lang=en");
    assertEquals(200, first.statusCode());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));

    var byTag = fetch("feeds/technologies.atom?lang=en", "If-None-Match", etag);
    assertEquals(304, byTag.statusCode());
    assertEquals(0, byTag.body().length);
    assertEquals(etag, byTag.headers().firstValue("ETag").orElse(null));

    var byDate = fetch("feeds/technologies.atom?lang=en", "If-Modified-Since", lastModified);
    assertEquals(304, byDate.statusCode());

    assertEquals(
        200, fetch("feeds/technologies.atom?lang=en", "If-None-Match", "W/\"other\"").statusCode());
    assertEquals(
        200,
        fetch(
                "feeds/technologies.atom?lang=en",
                "If-Modified-Since",
                "Sat, 01 Jan 2000 00:00:00 GMT")
            .statusCode());
    var chinese = fetch("feeds/technologies.atom?lang=zh", "If-None-Match", etag);
    assertEquals(200, chinese.statusCode(), "another language is another document");
    assertNotEquals(etag, chinese.headers().firstValue("ETag").orElse(null));
  }

  @Test
  @RunAsClient
  void theListPagesAnnounceTheirFeeds() throws Exception {
    PortalHttp browser = new PortalHttp(portal()).language("en");
    Map<String, List<String>> announced =
        Map.of(
            "standards", List.of("standards", "comment-periods"),
            "technologies", List.of("technologies"),
            "cases", List.of("cases"),
            "selections", List.of("awards"));
    for (var page : announced.entrySet()) {
      String html = browser.get(page.getKey()).body();
      String head = html.substring(0, html.indexOf("</head>"));
      for (String name : page.getValue()) {
        assertTrue(
            head.contains("type=\"application/atom+xml\"")
                && head.contains("href=\"/feeds/" + name + ".atom?lang=en\""),
            page.getKey() + " announces " + name + ": " + head);
      }
      String footer = html.substring(html.indexOf("id=\"feedLinks\""));
      for (String name : FEEDS) {
        assertTrue(footer.contains("/feeds/" + name + ".atom?lang=en"), name + " in the footer");
      }
    }
  }

  // --- only what is published --------------------------------------------------------------------

  private PortalHttp curatorOf(String association) throws Exception {
    String curator = accounts.createIn(association, "curator", "Curator-Pass-2026", Role.CURATOR);
    PortalHttp http = new PortalHttp(portal());
    assertEquals(302, http.login(curator, "Curator-Pass-2026").statusCode());
    return http;
  }

  private String propose(PortalHttp curator, String code) throws Exception {
    var proposed =
        curator.submit(
            "curate/index",
            "propose",
            "submit",
            Map.of("code", code, "titleZh", "订阅测试 " + code, "titleEn", "Feed test " + code));
    assertEquals(302, proposed.statusCode(), proposed.body());
    Matcher id = EDIT_ID.matcher(proposed.headers().firstValue("Location").orElse(""));
    assertTrue(id.find(), proposed.headers().toString());
    return "curate/edit?id=" + id.group(1);
  }

  private static String newCode() {
    return "T/CMF " + (100 + (int) (Math.random() * 899)) + "-2026";
  }

  private static String slugOf(String code) {
    return code.replace("/", "-").replace(" ", "-");
  }

  private static void moved(java.net.http.HttpResponse<String> response) {
    assertTrue(response.body().contains("Moved to"), response.body());
  }

  @Test
  void aDraftIsInNoFeedUntilPublishedAndLeavesWhenArchived() throws Exception {
    PortalHttp curator = curatorOf("CMF");
    String code = newCode();
    String slug = slugOf(code);
    String edit = propose(curator, code);
    var saved =
        curator.ajax(
            edit,
            "edit",
            "save",
            Map.of(
                "titleZh", "订阅测试 " + HOSTILE,
                "titleEn", "Feed test " + HOSTILE,
                "summaryZh", "摘要 ]]> <b>粗体</b>",
                "summaryEn", "Summary ]]> <b>bold</b> & more",
                "markdown", "## 1 范围\n\n测试。",
                "note", ""));
    assertTrue(saved.body().contains("Saved."), saved.body());

    for (String name : FEEDS) {
      for (String lang : List.of("en", "zh")) {
        var response = fetch("feeds/" + name + ".atom?lang=" + lang);
        assertFalse(
            new String(response.body(), StandardCharsets.UTF_8).contains(slug),
            "a draft is in no feed: " + name + " " + lang);
      }
    }

    moved(curator.ajax(edit, "edit", "publish", Map.of()));
    Element english = feed("standards", "en");
    Element entry = entryFor(english, "standards/" + slug).orElseThrow();
    assertEquals(entry, children(english, "entry").get(0), "the newest publication comes first");
    assertEquals(code + " Feed test " + HOSTILE_CLEANED, text(entry, "title"));
    assertEquals("Proposal. Summary ]]> <b>bold</b> & more", text(entry, "summary"));
    assertEquals("tag:greenmine.invalid,2026:standards/" + slug, text(entry, "id"));
    Element chinese = feed("standards", "zh");
    Element zhEntry = entryFor(chinese, "standards/" + slug).orElseThrow();
    assertEquals(code + " 订阅测试 " + HOSTILE_CLEANED, text(zhEntry, "title"));
    assertEquals("提案。摘要 ]]> <b>粗体</b>", optionalText(zhEntry, "summary").orElse(null));
    assertEquals(text(entry, "id"), text(zhEntry, "id"), "one id in both languages");

    moved(curator.ajax(edit, "edit", "archive", Map.of()));
    assertTrue(entryFor(feed("standards", "en"), "standards/" + slug).isEmpty(), "archived");
  }

  @Test
  void aStandardInPublicCommentIsInTheCommentPeriodFeedOncePublished() throws Exception {
    PortalHttp curator = curatorOf("CMF");
    String code = newCode();
    String slug = slugOf(code);
    String edit = propose(curator, code);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate opens = today.minusDays(1);
    LocalDate closes = today.plusDays(30);
    var period =
        curator.ajax(
            edit,
            "edit",
            "setPeriod",
            Map.of("opens_input", opens.toString(), "closes_input", closes.toString()));
    assertTrue(period.body().contains("Comment period set."), period.body());
    for (int i = 0; i < 3; i++) {
      moved(curator.ajax(edit, "edit", "stages:0:stageMove", Map.of()));
    }
    assertTrue(
        entryFor(feed("comment-periods", "en"), "standards/" + slug).isEmpty(),
        "in public comment, but still a draft on the portal");

    moved(curator.ajax(edit, "edit", "publish", Map.of()));
    Element english = feed("comment-periods", "en");
    Element entry = entryFor(english, "standards/" + slug).orElseThrow();
    assertEquals("Public comment: " + code + " Feed test " + code, text(entry, "title"));
    assertEquals("Comments are taken from " + opens + " to " + closes, text(entry, "summary"));
    assertEquals(
        "tag:greenmine.invalid,2026:comment-periods/" + slug + "/" + opens, text(entry, "id"));
    assertEquals(
        opens.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), date(text(entry, "published")));
    List<Element> entries = children(english, "entry");
    Optional<Element> seed = entryFor(english, "standards/T-CMF-012-2026");
    if (seed.isPresent() && opens.isAfter(LocalDate.of(2026, 11, 2))) {
      assertTrue(entries.indexOf(entry) < entries.indexOf(seed.get()), "newest period first");
    }

    Element chinese = feed("comment-periods", "zh");
    Element zhEntry = entryFor(chinese, "standards/" + slug).orElseThrow();
    assertEquals("征求意见：" + code + " 订阅测试 " + code, text(zhEntry, "title"));
    assertEquals("征求意见期为 " + opens + " 至 " + closes, text(zhEntry, "summary"));
  }

  @Test
  void aSecondCampaignOfTheSameYearContinuesTheCertificateNumbers() throws Exception {
    // the feed's award lists are made by the portal's own AwardIssuer, so its numbering is here too
    awardLists.create("HUNMA", 2017, "第一批", "First batch", List.of("甲矿", "乙矿"));
    awardLists.create("HUNMA", 2017, "第二批", "Second batch", List.of("丙矿"));
    var redList = new PortalHttp(portal()).get("api/redlist?year=2017&all=true");
    assertEquals(200, redList.statusCode());
    for (String certificate : List.of("HUNMA-2017-001", "HUNMA-2017-002", "HUNMA-2017-003")) {
      assertTrue(redList.body().contains(certificate), certificate + " in " + redList.body());
    }
  }

  @Test
  void aFinalAwardListIsOneEntryLinkingToItsCampaign() throws Exception {
    String slug =
        awardLists.create(
            "SDMA",
            2019,
            "订阅测试遴选 <i>",
            "Feed test selection <i>",
            List.of("金河金矿", "<b>大岭</b>铁矿 ]]>"));
    Element english = feed("awards", "en");
    Element entry = entryFor(english, "selections/" + slug).orElseThrow();
    assertEquals("Feed test selection <i> (2019): award list", text(entry, "title"));
    assertEquals("Awarded mines: 金河金矿, <b>大岭</b>铁矿 ]]>", text(entry, "summary"));
    assertEquals("tag:greenmine.invalid,2026:awards/" + slug, text(entry, "id"));
    assertNotNull(text(children(entry, "author").get(0), "name"));
    assertTrue(entryFor(english, "selections/cmf-excellent-mines-2026").isEmpty());

    Element chinese = feed("awards", "zh");
    Element zhEntry = entryFor(chinese, "selections/" + slug).orElseThrow();
    assertEquals("订阅测试遴选 <i>（2019年）获奖名单", text(zhEntry, "title"));
    assertEquals("获奖矿山：金河金矿、<b>大岭</b>铁矿 ]]>", text(zhEntry, "summary"));

    var page =
        new PortalHttp(portal())
            .get(link(entry, "alternate").substring(portal().toString().length()));
    assertEquals(302, page.statusCode(), "?lang=en switches the page's language first");
    var campaignPage = new PortalHttp(portal()).language("en").get("selections/" + slug);
    assertEquals(200, campaignPage.statusCode());
    assertTrue(campaignPage.body().contains("id=\"awards\""), "the link leads to the award list");
  }
}
