package org.greenmine.alerts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.greenmine.alerts.control.SavedSearches;
import org.greenmine.alerts.entity.DigestFrequency;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;

/**
 * "Save this search" on the search page. The search lives in the page's URL, which a postback does
 * not carry: the form sends it back in a hidden field, read here and bounded like the URL itself.
 */
@Named
@RequestScoped
public class SaveSearchForm {
  static final String CRITERIA_FIELD = "saveSearch:criteria";

  @Inject SavedSearches searches;

  private String criteria = "";
  private DigestFrequency frequency = DigestFrequency.DAILY;

  @PostConstruct
  void readCriteria() {
    Map<String, String[]> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    String[] posted = parameters.get(CRITERIA_FIELD);
    criteria =
        posted != null && posted.length > 0
            ? SavedSearches.canonical(posted[0])
            : new SearchLink(SearchLink.parse(parameters, SearchQuery.MAX_SIZE)).criteria();
  }

  public String save() {
    try {
      searches.save(criteria, frequency);
    } catch (InvalidInput e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("mail.alerts.saved");
    PageMessages.keepForRedirect();
    return "/account/alerts?faces-redirect=true";
  }

  /** Whether there is a search to save (words or a filter). */
  public boolean isAvailable() {
    return !criteria.isEmpty();
  }

  public String getCriteria() {
    return criteria;
  }

  public DigestFrequency getFrequency() {
    return frequency;
  }

  public void setFrequency(DigestFrequency frequency) {
    this.frequency = frequency;
  }

  public DigestFrequency[] getFrequencies() {
    return DigestFrequency.values();
  }
}
