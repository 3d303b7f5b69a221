package org.greenmine.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.greenmine.feeds.boundary.AtomWriter;
import org.greenmine.feeds.entity.Feed;
import org.greenmine.feeds.entity.FeedEntry;
import org.greenmine.feeds.entity.FeedKind;
import org.greenmine.platform.control.PortalLanguage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomWriterTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String BASE = "http://portal.example:8080";
  private static final Instant PUBLISHED = Instant.parse("2026-11-02T08:15:30.123456789Z");
  private static final Instant UPDATED = Instant.parse("2026-11-20T01:02:03.999Z");
  private static final String HOSTILE =
      "<script>alert('x')</script> ]]> & \"q\" \u0000\u0001\u0008\u000B\u000C\u001F\u007F\u0085"
          + " \uD800 \uDC00 \uFFFE\uFFFF end";
  private static final String HOSTILE_CLEANED = "<script>alert('x')</script> ]]> & \"q\"     end";

  private static FeedEntry entry(String title, String summary) {
    return new FeedEntry(
        "tag:greenmine.invalid,2026:standards/T-CMF-001-2026",
        title,
        summary,
        "中国矿业联合会",
        PUBLISHED,
        UPDATED,
        "/standards/T-CMF-001-2026");
  }

  private static Feed feed(PortalLanguage language, List<FeedEntry> entries) {
    return new Feed(
        FeedKind.STANDARDS,
        language,
        "tag:greenmine.invalid,2026:feeds/standards/" + language.tag(),
        "绿色矿山门户：团体标准",
        "绿色矿山门户",
        entries);
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static byte[] write(Feed feed, String base, Instant now) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomWriter.write(feed, base, now, out);
    return out.toByteArray();
  }

  private static Element child(Element parent, String name) {
    NodeList list = parent.getElementsByTagNameNS(ATOM, name);
    assertThat(list.getLength()).as(name).isPositive();
    return (Element) list.item(0);
  }

  @Test
  void hostileTitlesAndSummariesComeOutAsPlainTextInAWellFormedDocument() throws Exception {
    byte[] xml =
        write(feed(PortalLanguage.EN, List.of(entry(HOSTILE, HOSTILE))), BASE, Instant.now());
    String raw = new String(xml, StandardCharsets.UTF_8);
    assertThat(raw).doesNotContain("<script").doesNotContain("]]>").doesNotContain("\u0001");

    Document doc = parse(xml);
    Element entry = child(doc.getDocumentElement(), "entry");
    assertThat(child(entry, "title").getTextContent()).isEqualTo(HOSTILE_CLEANED);
    assertThat(child(entry, "title").getAttribute("type")).isEqualTo("text");
    assertThat(child(entry, "summary").getTextContent()).isEqualTo(HOSTILE_CLEANED);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
  }

  @Test
  void aHostileAddressStaysInsideItsAttribute() throws Exception {
    String base = "http://x\"><script>alert(1)</script>";
    Document doc = parse(write(feed(PortalLanguage.EN, List.of(entry("t", "s"))), base, null));
    Element link = child(child(doc.getDocumentElement(), "entry"), "link");
    assertThat(link.getAttribute("href")).isEqualTo(base + "/standards/T-CMF-001-2026?lang=en");
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
  }

  @Test
  void theFeedHasTheElementsRfc4287AsksFor() throws Exception {
    Document doc = parse(write(feed(PortalLanguage.ZH, List.of(entry("尾矿库", null))), BASE, null));
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("zh");
    assertThat(child(root, "id").getTextContent())
        .isEqualTo("tag:greenmine.invalid,2026:feeds/standards/zh");
    assertThat(child(root, "title").getTextContent()).isEqualTo("绿色矿山门户：团体标准");
    assertThat(child(child(root, "author"), "name").getTextContent()).isEqualTo("绿色矿山门户");

    NodeList links = root.getElementsByTagNameNS(ATOM, "link");
    assertThat(((Element) links.item(0)).getAttribute("rel")).isEqualTo("self");
    assertThat(((Element) links.item(0)).getAttribute("href"))
        .isEqualTo(BASE + "/feeds/standards.atom?lang=zh");
    assertThat(((Element) links.item(0)).getAttribute("type")).isEqualTo("application/atom+xml");
    assertThat(((Element) links.item(1)).getAttribute("rel")).isEqualTo("alternate");
    assertThat(((Element) links.item(1)).getAttribute("href"))
        .isEqualTo(BASE + "/standards?lang=zh");

    Element entry = child(root, "entry");
    assertThat(child(entry, "id").getTextContent())
        .isEqualTo("tag:greenmine.invalid,2026:standards/T-CMF-001-2026");
    assertThat(child(entry, "title").getTextContent()).isEqualTo("尾矿库");
    assertThat(child(child(entry, "author"), "name").getTextContent()).isEqualTo("中国矿业联合会");
    assertThat(entry.getElementsByTagNameNS(ATOM, "summary").getLength())
        .as("no summary when the item has none")
        .isZero();
    Element alternate = child(entry, "link");
    assertThat(alternate.getAttribute("rel")).isEqualTo("alternate");
    assertThat(alternate.getAttribute("type")).isEqualTo("text/html");
    assertThat(alternate.getAttribute("hreflang")).isEqualTo("zh");
  }

  @Test
  void datesAreRfc3339InUtcToTheSecond() throws Exception {
    Document doc = parse(write(feed(PortalLanguage.EN, List.of(entry("t", "s"))), BASE, null));
    Element root = doc.getDocumentElement();
    Element entry = child(root, "entry");
    String published = child(entry, "published").getTextContent();
    String updated = child(entry, "updated").getTextContent();
    assertThat(published).isEqualTo("2026-11-02T08:15:30Z");
    assertThat(updated).isEqualTo("2026-11-20T01:02:03Z");
    assertThat(OffsetDateTime.parse(updated).toInstant()).isEqualTo("2026-11-20T01:02:03Z");
    assertThat(child(root, "updated").getTextContent())
        .as("the feed is as new as its newest entry")
        .isEqualTo(updated);
    assertThat(AtomWriter.rfc3339(Instant.parse("2026-01-05T00:00:00Z")))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void anEmptyFeedIsValidAndUpdatedNow() throws Exception {
    Instant now = Instant.parse("2026-11-28T16:14:06.5Z");
    Document doc = parse(write(feed(PortalLanguage.EN, List.of()), BASE, now));
    Element root = doc.getDocumentElement();
    assertThat(root.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
    assertThat(child(root, "updated").getTextContent()).isEqualTo("2026-11-28T16:14:06Z");
  }

  @Test
  void everyCharacterXmlAllowsIsKept() {
    String text = "煤矸石 tailings\ttab\nline\r 😀 \uE000 \uFFFD";
    assertThat(AtomWriter.xmlSafe(text)).isEqualTo(text);
    assertThat(AtomWriter.xmlSafe(null)).isEmpty();
  }
}
