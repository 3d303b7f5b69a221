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

  @PostConstruct
  void choose() {
    language = LanguageSwitchFilter.languageOf(request);
  }

  public Locale getLocale() {
    return language.locale();
  }

  public String getLanguage() {
    return language.tag();
  }

  /** The other language, offered by the switch. */
  public String getOtherLanguage() {
    return language == PortalLanguage.ZH ? PortalLanguage.EN.tag() : PortalLanguage.ZH.tag();
  }
}
