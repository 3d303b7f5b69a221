package org.greenmine.standards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/** A national, industry or local standard that group standards and technologies refer to. */
@Entity
@Table(name = "reference_standard")
public class ReferenceStandard implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public enum Level {
    NATIONAL,
    INDUSTRY,
    LOCAL
  }

  @Id private String code;

  @Column(name = "title_zh", nullable = false)
  private String titleZh;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "ref_level", nullable = false)
  private Level level;

  private String issuer;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(nullable = false)
  private boolean illustrative;

  private String description;

  protected ReferenceStandard() {}

  public ReferenceStandard(
      String code,
      String titleZh,
      String titleEn,
      Level level,
      String issuer,
      LocalDate publishedOn,
      LocalDate effectiveOn,
      boolean illustrative,
      String description) {
    this.code = code;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.level = level;
    this.issuer = issuer;
    this.publishedOn = publishedOn;
    this.effectiveOn = effectiveOn;
    this.illustrative = illustrative;
    this.description = description;
  }

  public String title(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
  }

  public String getCode() {
    return code;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public Level getLevel() {
    return level;
  }

  public String getIssuer() {
    return issuer;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public String getDescription() {
    return description;
  }
}
