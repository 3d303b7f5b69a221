package org.greenmine.association.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

@Entity
@Table(name = "region")
public class Region implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "code", length = 6)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_level", nullable = false)
  private RegionLevel level;

  @Column(name = "parent_code", length = 6)
  private String parentCode;

  protected Region() {}

  public Region(RegionCode code, String nameZh, String nameEn) {
    this.code = code.value();
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.level = code.level();
    RegionCode parent = code.parent();
    this.parentCode = parent == null ? null : parent.value();
  }

  public RegionCode code() {
    return new RegionCode(code);
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  public RegionLevel getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }
}
