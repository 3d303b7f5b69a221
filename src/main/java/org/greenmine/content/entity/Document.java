package org.greenmine.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.greenmine.association.entity.Association;
import org.greenmine.platform.entity.InstantColumn;

/**
 * What every kind of knowledge content shares: its association, titles and summary in both
 * languages, the Markdown body with its sanitized rendering, its publication state, and the version
 * that guards against two curators overwriting each other.
 */
@Entity
@Table(name = "document")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public abstract class Document implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
  private Long id;

  @Column(nullable = false)
  private String slug;

  @ManyToOne(optional = false)
  @JoinColumn(name = "association_id")
  private Association association;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicationState state = PublicationState.DRAFT;

  @Column(name = "title_zh", nullable = false)
  private String titleZh;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Column(name = "summary_zh")
  private String summaryZh;

  @Column(name = "summary_en")
  private String summaryEn;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown = "";

  @Column(name = "body_html", nullable = false)
  private String bodyHtml = "";

  @Column(nullable = false)
  private boolean illustrative;

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant updatedAt;

  @Column(name = "published_at")
  @Convert(converter = InstantColumn.class)
  private Instant publishedAt;

  @Version private long version;

  protected Document() {}

  protected Document(String slug, Association association, String titleZh, String titleEn) {
    this.slug = slug;
    this.association = association;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public abstract DocumentKind kind();

  /**
   * The fields (by their front-matter names) a draft may lack but a published item may not: a
   * curator drafts step by step, readers and the search facets need them whole.
   */
  public java.util.List<String> missingForPublication() {
    return java.util.List.of();
  }

  /** The names among {@code name, value, name, value, …} whose value is null. */
  protected static java.util.List<String> missing(Object... namesAndValues) {
    var missing = new java.util.ArrayList<String>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    return java.util.List.copyOf(missing);
  }

  /** Replaces the text; the caller has rendered {@code html} from {@code markdown}. */
  public void rewrite(
      String titleZh,
      String titleEn,
      String summaryZh,
      String summaryEn,
      String markdown,
      String html) {
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.summaryZh = summaryZh;
    this.summaryEn = summaryEn;
    this.bodyMarkdown = markdown;
    this.bodyHtml = html;
    this.updatedAt = Instant.now();
  }

  public void moveTo(PublicationState target) {
    this.state = target;
    this.updatedAt = Instant.now();
    if (target == PublicationState.PUBLISHED && publishedAt == null) {
      publishedAt = updatedAt;
    }
  }

  public String title(Locale locale) {
    return "zh".equals(locale.getLanguage()) || titleEn == null || titleEn.isBlank()
        ? titleZh
        : titleEn;
  }

  public String summary(Locale locale) {
    return "zh".equals(locale.getLanguage()) || summaryEn == null || summaryEn.isBlank()
        ? summaryZh
        : summaryEn;
  }

  public String url() {
    return "/" + kind().path() + "/" + slug;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public Association getAssociation() {
    return association;
  }

  public PublicationState getState() {
    return state;
  }

  public boolean isPublished() {
    return state == PublicationState.PUBLISHED;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getSummaryZh() {
    return summaryZh;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public String getBodyMarkdown() {
    return bodyMarkdown;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public void setIllustrative(boolean illustrative) {
    this.illustrative = illustrative;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public long getVersion() {
    return version;
  }
}
