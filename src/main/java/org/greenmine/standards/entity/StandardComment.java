package org.greenmine.standards.entity;

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
import org.greenmine.platform.entity.InstantColumn;

/** One comment on a draft standard during its public comment period, and what became of it. */
@Entity
@Table(name = "standard_comment")
@NamedQuery(
    name = StandardComment.OF_STANDARD,
    query = "SELECT c FROM StandardComment c WHERE c.standard = :standard ORDER BY c.clause, c.id")
public class StandardComment {
  public static final String OF_STANDARD = "StandardComment.ofStandard";

  public enum Type {
    GENERAL,
    TECHNICAL,
    EDITORIAL
  }

  public enum Disposition {
    ACCEPTED,
    PARTLY_ACCEPTED,
    NOT_ACCEPTED
  }

  @Id
  @SequenceGenerator(
      name = "standard_comment_seq",
      sequenceName = "standard_comment_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standard_comment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "standard_id")
  private Standard standard;

  @Column(nullable = false)
  private String author;

  @Column(name = "author_org")
  private String authorOrganisation;

  @Column(nullable = false)
  private String clause;

  @Enumerated(EnumType.STRING)
  @Column(name = "comment_type", nullable = false)
  private Type type;

  @Column(name = "comment_text", nullable = false)
  private String text;

  @Column(name = "proposed_change")
  private String proposedChange;

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  private Disposition disposition;

  private String reason;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  @Convert(converter = InstantColumn.class)
  private Instant resolvedAt;

  @Version private long version;

  protected StandardComment() {}

  public StandardComment(
      Standard standard,
      String author,
      String authorOrganisation,
      String clause,
      Type type,
      String text,
      String proposedChange) {
    this.standard = standard;
    this.author = author;
    this.authorOrganisation = authorOrganisation;
    this.clause = clause;
    this.type = type;
    this.text = text;
    this.proposedChange = proposedChange;
    this.createdAt = Instant.now();
  }

  public void resolve(Disposition disposition, String reason, String curator) {
    this.disposition = disposition;
    this.reason = reason;
    this.resolvedBy = curator;
    this.resolvedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Standard getStandard() {
    return standard;
  }

  public String getAuthor() {
    return author;
  }

  public String getAuthorOrganisation() {
    return authorOrganisation;
  }

  public String getClause() {
    return clause;
  }

  public Type getType() {
    return type;
  }

  public String getText() {
    return text;
  }

  public String getProposedChange() {
    return proposedChange;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Disposition getDisposition() {
    return disposition;
  }

  public String getReason() {
    return reason;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public long getVersion() {
    return version;
  }
}
