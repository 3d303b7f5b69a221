package org.greenmine.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;

/** One node of a campaign's criteria tree: an indicator or an item with its maximum points. */
@Entity
@Table(name = "criterion")
public class Criterion {
  @Id
  @SequenceGenerator(name = "criterion_seq", sequenceName = "criterion_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criterion_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @Column(nullable = false)
  private String code;

  @Column(name = "parent_code")
  private String parentCode;

  @Column(nullable = false)
  private int level;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "max_points", nullable = false)
  private BigDecimal maxPoints;

  @Column(nullable = false)
  private int position;

  protected Criterion() {}

  public Criterion(
      Campaign campaign,
      String code,
      String parentCode,
      int level,
      String nameZh,
      String nameEn,
      BigDecimal maxPoints,
      int position) {
    this.campaign = campaign;
    this.code = code;
    this.parentCode = parentCode;
    this.level = level;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.maxPoints = maxPoints;
    this.position = position;
  }

  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public String getCode() {
    return code;
  }

  public String getParentCode() {
    return parentCode;
  }

  public int getLevel() {
    return level;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public int getPosition() {
    return position;
  }
}
