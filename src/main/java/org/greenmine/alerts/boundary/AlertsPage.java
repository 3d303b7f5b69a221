package org.greenmine.alerts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenmine.alerts.control.DigestText;
import org.greenmine.alerts.control.SavedSearches;
import org.greenmine.alerts.entity.DigestFrequency;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.NotFound;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;

/** The member's saved searches ({@code /account/alerts}): what each watches, and delete. */
@Named
@ViewScoped
public class AlertsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject SavedSearches searches;

  /** One saved search as the page shows it. */
  public record Row(
      long id, String label, String href, DigestFrequency frequency, String created, String last)
      implements Serializable {}

  private List<Row> rows = List.of();

  public void load() {
    rows =
        searches.mine().stream()
            .map(
                s ->
                    new Row(
                        s.getId(),
                        DigestText.describe(
                            SearchLink.parse(s.getCriteria(), SearchQuery.MAX_SIZE)),
                        "/search?" + s.getCriteria(),
                        s.getFrequency(),
                        time(s.getCreatedAt()),
                        s.getLastDigestAt() == s.getCreatedAt() ? "" : time(s.getLastDigestAt())))
            .toList();
  }

  public void delete(long id) {
    try {
      searches.delete(id);
      PageMessages.info("mail.alerts.deleted");
    } catch (NotFound e) {
      PageMessages.error(e);
    }
    load();
  }

  public List<Row> getRows() {
    return rows;
  }

  private static String time(long epochMillis) {
    return MINUTES.format(
        LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneId.of("Asia/Shanghai")));
  }
}
