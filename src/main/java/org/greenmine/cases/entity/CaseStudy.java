package org.greenmine.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.greenmine.association.entity.Association;
import org.greenmine.association.entity.Region;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.DocumentKind;
import org.greenmine.content.entity.TextList;
import org.greenmine.technology.entity.MiningMethod;

/** A case study of a mine that has done it, with comparable figures before and after. */
@Entity
@Table(name = "case_study")
@DiscriminatorValue("CASE")
public class CaseStudy extends Document {
  public enum Scale {
    LARGE,
    MEDIUM,
    SMALL
  }

  private String mine;

  private String enterprise;

  @ManyToOne
  @JoinColumn(name = "region_code")
  private Region region;

  private String mineral;

  @Enumerated(EnumType.STRING)
  @Column(name = "mining_method")
  private MiningMethod miningMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "mine_scale")
  private Scale scale;

  @Column(name = "technology_slugs")
  @Convert(converter = TextList.class)
  private List<String> technologySlugs = List.of();

  @Column(name = "standard_codes")
  @Convert(converter = TextList.class)
  private List<String> standardCodes = List.of();

  @Convert(converter = TextList.class)
  private List<String> figures = List.of();

  @Column(name = "case_year")
  private Integer year;

  protected CaseStudy() {}

  public CaseStudy(String slug, Association association, String titleZh, String titleEn) {
    super(slug, association, titleZh, titleEn);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.CASE;
  }

  public void describe(
      String mine,
      String enterprise,
      Region region,
      String mineral,
      MiningMethod miningMethod,
      Scale scale,
      Integer year) {
    this.mine = mine;
    this.enterprise = enterprise;
    this.region = region;
    this.mineral = mineral;
    this.miningMethod = miningMethod;
    this.scale = scale;
    this.year = year;
  }

  public void link(List<String> technologySlugs, List<String> standardCodes, List<Figure> figures) {
    this.technologySlugs = List.copyOf(technologySlugs);
    this.standardCodes = List.copyOf(standardCodes);
    this.figures = figures.stream().map(Figure::toString).toList();
  }

  @Override
  public List<String> missingForPublication() {
    return missing("mine", mine, "enterprise", enterprise, "region", region);
  }

  public List<Figure> figureValues() {
    return Figure.parseAll(figures);
  }

  public String getMine() {
    return mine;
  }

  public String getEnterprise() {
    return enterprise;
  }

  public Region getRegion() {
    return region;
  }

  public String getMineral() {
    return mineral;
  }

  public MiningMethod getMiningMethod() {
    return miningMethod;
  }

  public Scale getScale() {
    return scale;
  }

  public List<String> getTechnologySlugs() {
    return technologySlugs;
  }

  public List<String> getStandardCodes() {
    return standardCodes;
  }

  public List<String> getFigures() {
    return figures;
  }

  public Integer getYear() {
    return year;
  }
}
