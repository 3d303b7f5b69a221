package org.greenmine.platform.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages every user-facing text exists in. Chinese is the default. */
public enum PortalLanguage {
  ZH(Locale.SIMPLIFIED_CHINESE.getLanguage()),
  EN(Locale.ENGLISH.getLanguage());

  private final String tag;

  PortalLanguage(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public static Optional<PortalLanguage> fromTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim()).getLanguage();
    return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
  }

  /**
   * The language to show: the remembered choice if any, else the first of the browser's preferred
   * languages that the portal speaks, else Chinese.
   */
  public static PortalLanguage choose(String remembered, List<Locale> browserPreferences) {
    return fromTag(remembered)
        .or(
            () ->
                browserPreferences.stream()
                    .map(l -> fromTag(l.toLanguageTag()))
                    .flatMap(Optional::stream)
                    .findFirst())
        .orElse(ZH);
  }
}
