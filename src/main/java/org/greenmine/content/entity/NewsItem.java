package org.greenmine.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.greenmine.association.entity.Association;

/** A policy document or a news item. */
@Entity
@Table(name = "news_item")
@DiscriminatorValue("NEWS")
public class NewsItem extends Document {
  public enum Category {
    POLICY,
    NEWS
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  private String issuer;

  @Column(name = "doc_number")
  private String docNumber;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  protected NewsItem() {}

  public NewsItem(
      String slug, Association association, String titleZh, String titleEn, Category category) {
    super(slug, association, titleZh, titleEn);
    this.category = category;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.NEWS;
  }

  public void issue(Category category, String issuer, String docNumber, LocalDate publishedOn) {
    this.category = category;
    this.issuer = issuer;
    this.docNumber = docNumber;
    this.publishedOn = publishedOn;
  }

  public Category getCategory() {
    return category;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getDocNumber() {
    return docNumber;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }
}
