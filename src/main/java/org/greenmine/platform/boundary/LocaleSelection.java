package org.greenmine.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.greenmine.platform.control.PortalLanguage;

/** The language of the current request, for {@code <f:view locale>} and the language switch. */
@Named
@RequestScoped
public class LocaleSelection {
  @Inject HttpServletRequest request;

  private PortalLanguage language;
  private PortalLanguage other;
  private String switchHref;

  @PostConstruct
  void choose() {
    language = LanguageSwitchFilter.languageOf(request);
    other = language == PortalLanguage.ZH ? PortalLanguage.EN : PortalLanguage.ZH;
    // keep the page's own query (a search, say) and add the switch to it
    String query = request.getQueryString();
    String kept =
        query == null
            ? ""
            : java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .map(p -> p + "&")
                .collect(java.util.stream.Collectors.joining());
    switchHref = "?" + kept + "lang=" + other.tag();
  }

  public Locale getLocale() {
    return language.locale();
  }

  public String getLanguage() {
    return language.tag();
  }

  /** The other language, offered by the switch. */
  public String getOtherLanguage() {
    return other.tag();
  }

  /** The link that switches to the other language on the same page. */
  public String getSwitchHref() {
    return switchHref;
  }
}
