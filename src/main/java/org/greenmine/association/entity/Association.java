package org.greenmine.association.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.greenmine.platform.entity.InstantColumn;

/** A trade association: the tenant that owns standards, content, campaigns and staff. */
@Entity
@Table(name = "association")
@NamedQuery(name = Association.BY_CODE, query = "SELECT a FROM Association a WHERE a.code = :code")
@NamedQuery(name = Association.ALL, query = "SELECT a FROM Association a ORDER BY a.code")
public class Association implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String BY_CODE = "Association.byCode";
  public static final String ALL = "Association.all";

  @Id
  @SequenceGenerator(name = "association_seq", sequenceName = "association_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "association_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "standard_prefix", nullable = false, unique = true)
  private String standardPrefix;

  @Enumerated(EnumType.STRING)
  @Column(name = "assoc_level", nullable = false)
  private AssociationLevel level;

  @ManyToOne
  @JoinColumn(name = "region_code")
  private Region region;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Association parent;

  private String website;

  private String description;

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant createdAt;

  @Version private long version;

  protected Association() {}

  public Association(
      String code,
      String nameZh,
      String nameEn,
      String standardPrefix,
      AssociationLevel level,
      Region region,
      Association parent) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.standardPrefix = standardPrefix;
    this.level = level;
    this.region = region;
    this.parent = parent;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
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

  public String getStandardPrefix() {
    return standardPrefix;
  }

  public AssociationLevel getLevel() {
    return level;
  }

  public Region getRegion() {
    return region;
  }

  public Association getParent() {
    return parent;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
