package org.greenmine.alerts.control;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.greenmine.notify.control.MailText;
import org.greenmine.search.control.SearchQuery;

/**
 * The text of one member's digest: for each saved search with new items, its criteria, the items
 * (title and link) and the link that unsubscribes it; Chinese first, then English. Plain Java.
 */
public final class DigestText {
  /** How many items of one search a digest lists; the rest are a link to the search page. */
  public static final int SHOWN = 20;

  /** One item in a digest. */
  public record Item(String titleZh, String titleEn, String url) {}

  /** One saved search's part of a digest. */
  public record Section(
      String criteria, List<Item> items, long total, String searchUrl, String unsubscribeUrl) {}

  private DigestText() {}

  public static MailText.Text compose(MailText text, List<Section> sections, String manageUrl) {
    long total = sections.stream().mapToLong(Section::total).sum();
    return new MailText.Text(
        text.subject("mail.digest.subject", total),
        text.body(
            part(text::chinese, sections, manageUrl, true),
            part(text::english, sections, manageUrl, false)));
  }

  private static String part(
      BiFunction<String, Object[], String> message,
      List<Section> sections,
      String manageUrl,
      boolean chinese) {
    StringBuilder body = new StringBuilder(message.apply("mail.digest.intro", new Object[0]));
    for (Section section : sections) {
      body.append("\n\n")
          .append(
              message.apply(
                  "mail.digest.search", new Object[] {section.criteria(), section.total()}))
          .append('\n');
      for (Item item : section.items()) {
        String title =
            chinese || item.titleEn() == null || item.titleEn().isBlank()
                ? (item.titleZh() == null || item.titleZh().isBlank()
                    ? item.titleEn()
                    : item.titleZh())
                : item.titleEn();
        body.append("\n• ").append(title).append("\n  ").append(item.url());
      }
      if (section.total() > section.items().size()) {
        body.append("\n\n")
            .append(
                message.apply(
                    "mail.digest.more",
                    new Object[] {section.total() - section.items().size(), section.searchUrl()}));
      }
      body.append("\n\n")
          .append(
              message.apply("mail.digest.unsubscribe", new Object[] {section.unsubscribeUrl()}));
    }
    body.append("\n\n").append(message.apply("mail.digest.manage", new Object[] {manageUrl}));
    return body.toString();
  }

  /** Criteria as people read them: the words in quotes, then each filter as facet: values. */
  public static String describe(SearchQuery query) {
    StringBuilder text = new StringBuilder();
    if (!query.text().isEmpty()) {
      text.append('"').append(query.text()).append('"');
    }
    for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
      if (text.length() > 0) {
        text.append(" · ");
      }
      text.append(filter.getKey()).append(": ").append(String.join(", ", filter.getValue()));
    }
    return text.toString();
  }
}
