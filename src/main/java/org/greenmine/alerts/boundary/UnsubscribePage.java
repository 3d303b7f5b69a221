package org.greenmine.alerts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greenmine.alerts.control.DigestText;
import org.greenmine.alerts.control.SavedSearches;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;

/**
 * {@code /alerts/unsubscribe?token=…}, the link in every digest, without a login. Opening it only
 * shows what would stop; the button (a POST) deletes. Mail scanners and link previews open links by
 * themselves, and must not unsubscribe anyone by doing so.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SavedSearches searches;

  private String token;
  private String label;
  private boolean done;

  public void load() {
    label =
        searches
            .byToken(token)
            .map(s -> DigestText.describe(SearchLink.parse(s.getCriteria(), SearchQuery.MAX_SIZE)))
            .orElse(null);
  }

  public void unsubscribe() {
    searches.unsubscribe(token);
    done = true;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** What the saved search watches; null when the link names no saved search (any more). */
  public String getLabel() {
    return label;
  }

  public boolean isDone() {
    return done;
  }
}
