package org.greenmine.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.Region;
import org.greenmine.platform.boundary.LocaleSelection;

/**
 * What a facet value is called in the reader's language: enum values from the message bundle,
 * associations and provinces from the registry, minerals from the bundle when it has them; years
 * and anything unknown as they are.
 */
@RequestScoped
public class FacetLabels {
  private static final Map<String, String> BUNDLE_PREFIX =
      Map.of(
          "kind", "kind.",
          "category", "category.",
          "mining_method", "method.",
          "maturity", "maturity.",
          "stage", "stage.",
          "minerals", "mineral.");

  @Inject LocaleSelection localeSelection;
  @Inject AssociationRegistry registry;

  private final Map<String, String> associations = new HashMap<>();
  private final Map<String, String> provinces = new HashMap<>();

  public String label(String facet, String value) {
    Locale locale = localeSelection.getLocale();
    String prefix = BUNDLE_PREFIX.get(facet);
    if (prefix != null) {
      return message(locale, prefix + value, value);
    }
    if (facet.equals("association")) {
      return associations.computeIfAbsent(
          value, code -> registry.byCode(code).map(a -> a.name(locale)).orElse(code));
    }
    if (facet.equals("province")) {
      return provinces.computeIfAbsent(value, code -> provinceName(code, locale));
    }
    return value;
  }

  public String association(String code) {
    return code == null ? "" : label("association", code);
  }

  public String facetName(String facet) {
    return message(localeSelection.getLocale(), "search.facet." + facet, facet);
  }

  private String provinceName(String code, Locale locale) {
    try {
      return registry
          .region(new org.greenmine.association.entity.RegionCode(code))
          .map((Region r) -> r.name(locale))
          .orElse(code);
    } catch (RuntimeException e) {
      return code;
    }
  }

  static String message(Locale locale, String key, String fallback) {
    try {
      return ResourceBundle.getBundle("org.greenmine.platform.messages", locale).getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
