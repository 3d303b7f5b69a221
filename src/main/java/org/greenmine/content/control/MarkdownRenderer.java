package org.greenmine.content.control;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page. Flexmark renders (tables, heading anchors and
 * {@code [TOC]}, autolinks, footnotes, strikethrough) with raw HTML escaped; then jsoup keeps only
 * the tags and attributes of the safelist and links to http, https, mailto and in-page anchors. The
 * second step is what makes it safe: Flexmark's own link filtering lets encoded schemes through.
 */
public final class MarkdownRenderer {
  public static final int MAX_MARKDOWN_LENGTH = 200_000;

  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .removeTags("img")
          .addTags("del", "s", "hr", "section")
          .addAttributes("h1", "id")
          .addAttributes("h2", "id")
          .addAttributes("h3", "id")
          .addAttributes("h4", "id")
          .addAttributes("h5", "id")
          .addAttributes("h6", "id")
          .addAttributes("a", "id", "class")
          .addAttributes("sup", "id")
          .addAttributes("li", "id")
          .addAttributes("ol", "class")
          .addAttributes("ul", "class")
          .addAttributes("div", "class")
          .addAttributes("th", "align")
          .addAttributes("td", "align")
          .removeProtocols("a", "href", "ftp")
          .addProtocols("a", "href", "#", "http", "https", "mailto")
          .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            AutolinkExtension.create(),
            FootnoteExtension.create(),
            TocExtension.create(),
            AnchorLinkExtension.create(),
            StrikethroughExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
    options.set(TocExtension.LEVELS, 2 | 4 | 8);
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
  }

  public String toSafeHtml(String markdown) {
    String source = markdown == null ? "" : markdown;
    return sanitize(renderer.render(parser.parse(source)));
  }

  /** Keeps only what the safelist allows; used for anything that was not rendered here too. */
  public static String sanitize(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, "");
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }
}
