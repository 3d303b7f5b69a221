package org.greenmine.selection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenmine.association.control.AssociationRegistry;

/** Province names for the selection pages, which store a province by its six-digit code. */
@ApplicationScoped
public class ProvinceNames {
  @Inject AssociationRegistry associations;

  /** A province's names; a code the portal does not know is shown as it is. */
  public record Name(String code, String zh, String en) implements Serializable {
    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? en : zh;
    }
  }

  public List<Name> all() {
    return associations.provinces().stream()
        .map(r -> new Name(r.getCode(), r.getNameZh(), r.getNameEn()))
        .toList();
  }

  public Map<String, Name> byCode() {
    Map<String, Name> names = new LinkedHashMap<>();
    all().forEach(n -> names.put(n.code(), n));
    return names;
  }

  static Name of(Map<String, Name> names, String code) {
    Name name = code == null ? null : names.get(code);
    return name != null ? name : new Name(code, code, code);
  }
}
