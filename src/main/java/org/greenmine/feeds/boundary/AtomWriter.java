package org.greenmine.feeds.boundary;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.greenmine.feeds.entity.Feed;
import org.greenmine.feeds.entity.FeedEntry;

/**
 * Writes a feed as an Atom 1.0 document (RFC 4287). Every text and address goes through the
 * streaming writer, which escapes it, after the characters XML 1.0 cannot carry at all have been
 * dropped, so that no title or summary can break the document or add markup to it.
 */
public final class AtomWriter {
  public static final String NAMESPACE = "http://www.w3.org/2005/Atom";
  public static final String MEDIA_TYPE = "application/atom+xml";

  // the JDK's own writer, whatever else the server has on its class path: its escaping is known
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private AtomWriter() {}

  /**
   * @param baseUrl the portal's address up to and including its context path, without a trailing
   *     slash, for the absolute links
   * @param now the feed's {@code updated} when it has no entries
   */
  public static void write(Feed feed, String baseUrl, Instant now, OutputStream out)
      throws XMLStreamException {
    String language = feed.language().tag();
    XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NAMESPACE);
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
    text(xml, "id", feed.id());
    textElement(xml, "title", feed.title());
    text(xml, "updated", rfc3339(feed.newest().orElse(now)));
    link(xml, "self", MEDIA_TYPE, baseUrl + feed.kind().path() + "?lang=" + language, null);
    link(
        xml,
        "alternate",
        "text/html",
        baseUrl + feed.kind().listPath() + "?lang=" + language,
        language);
    author(xml, feed.publisher());
    for (FeedEntry entry : feed.entries()) {
      xml.writeCharacters("\n");
      xml.writeStartElement("entry");
      text(xml, "id", entry.id());
      textElement(xml, "title", entry.title());
      text(xml, "published", rfc3339(entry.published()));
      text(xml, "updated", rfc3339(entry.updated()));
      link(xml, "alternate", "text/html", baseUrl + entry.path() + "?lang=" + language, language);
      if (entry.summary() != null && !xmlSafe(entry.summary()).isBlank()) {
        textElement(xml, "summary", entry.summary());
      }
      author(xml, entry.author());
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  /** An instant as an RFC 3339 date-time in UTC, to the second: {@code 2026-11-28T08:00:00Z}. */
  public static String rfc3339(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * The text without what XML 1.0 does not allow (control characters other than tab, line feed and
   * carriage return, unpaired surrogates, U+FFFE and U+FFFF) nor what it discourages and no reader
   * shows (the C1 controls).
   */
  public static String xmlSafe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().filter(AtomWriter::allowed).forEach(safe::appendCodePoint);
    return safe.toString();
  }

  private static boolean allowed(int c) {
    if (c == 0x9 || c == 0xA || c == 0xD) {
      return true;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return false;
    }
    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
      return false; // a surrogate seen on its own: half of a character
    }
    return c != 0xFFFE && c != 0xFFFF;
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  /** An Atom text construct: plain text, never HTML. */
  private static void textElement(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("type", "text");
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  private static void link(
      XMLStreamWriter xml, String rel, String type, String href, String hreflang)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", xmlSafe(href));
    if (hreflang != null) {
      xml.writeAttribute("hreflang", hreflang);
    }
  }

  private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
    xml.writeStartElement("author");
    text(xml, "name", name);
    xml.writeEndElement();
  }
}
