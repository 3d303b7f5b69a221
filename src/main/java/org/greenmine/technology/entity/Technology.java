package org.greenmine.technology.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.greenmine.association.entity.Association;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.DocumentKind;
import org.greenmine.content.entity.TextList;

/** An entry of the green technology catalogue. */
@Entity
@Table(name = "technology")
@DiscriminatorValue("TECHNOLOGY")
public class Technology extends Document {
  @Enumerated(EnumType.STRING)
  private TechnologyCategory category;

  @Convert(converter = TextList.class)
  private List<String> minerals = List.of();

  @Enumerated(EnumType.STRING)
  @Column(name = "mining_method")
  private MiningMethod miningMethod;

  @Enumerated(EnumType.STRING)
  private Maturity maturity;

  @Column(nullable = false)
  private int trl;

  private String holder;

  /** Shown to logged-in members only. */
  private String contact;

  private String batch;

  /** Key figures as {@code name=value unit}. */
  @Convert(converter = TextList.class)
  private List<String> indicators = List.of();

  /** The national evaluation indicators it helps a mine meet. */
  @Column(name = "indicator_items")
  @Convert(converter = TextList.class)
  private List<String> indicatorItems = List.of();

  @Column(name = "standard_codes")
  @Convert(converter = TextList.class)
  private List<String> standardCodes = List.of();

  protected Technology() {}

  public Technology(String slug, Association association, String titleZh, String titleEn) {
    super(slug, association, titleZh, titleEn);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.TECHNOLOGY;
  }

  public void classify(
      TechnologyCategory category,
      List<String> minerals,
      MiningMethod miningMethod,
      Maturity maturity,
      int trl) {
    if (maturity != null) {
      maturity.checkTrl(trl);
    }
    this.category = category;
    this.minerals = List.copyOf(minerals);
    this.miningMethod = miningMethod;
    this.maturity = maturity;
    this.trl = trl;
  }

  public void describe(
      String holder,
      String contact,
      String batch,
      List<String> indicators,
      List<String> indicatorItems,
      List<String> standardCodes) {
    this.holder = holder;
    this.contact = contact;
    this.batch = batch;
    this.indicators = List.copyOf(indicators);
    this.indicatorItems = List.copyOf(indicatorItems);
    this.standardCodes = List.copyOf(standardCodes);
  }

  @Override
  public List<String> missingForPublication() {
    return missing("category", category, "mining_method", miningMethod, "maturity", maturity);
  }

  public TechnologyCategory getCategory() {
    return category;
  }

  public List<String> getMinerals() {
    return minerals;
  }

  public MiningMethod getMiningMethod() {
    return miningMethod;
  }

  public Maturity getMaturity() {
    return maturity;
  }

  public int getTrl() {
    return trl;
  }

  public String getHolder() {
    return holder;
  }

  public String getContact() {
    return contact;
  }

  public String getBatch() {
    return batch;
  }

  public List<String> getIndicators() {
    return indicators;
  }

  public List<String> getIndicatorItems() {
    return indicatorItems;
  }

  public List<String> getStandardCodes() {
    return standardCodes;
  }
}
