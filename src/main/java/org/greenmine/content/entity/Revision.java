package org.greenmine.content.entity;

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
import java.time.Instant;
import org.greenmine.platform.entity.InstantColumn;

/** One save of a document's text, kept for ever: who, when, and what it said. */
@Entity
@Table(name = "revision")
@NamedQuery(
    name = Revision.OF_DOCUMENT,
    query = "SELECT r FROM Revision r WHERE r.document = :document ORDER BY r.number DESC")
public class Revision {
  public static final String OF_DOCUMENT = "Revision.ofDocument";

  @Id
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String author;

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant createdAt;

  @Column(name = "title_zh", nullable = false)
  private String titleZh;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Column(name = "summary_zh")
  private String summaryZh;

  @Column(name = "summary_en")
  private String summaryEn;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown;

  private String note;

  /** What the portal itself did, said in the reader's language; null for a curator's save. */
  @Enumerated(EnumType.STRING)
  @Column(name = "system_event")
  private Event event;

  /** The revision whose text a {@link Event#RESTORED} revision brought back. */
  @Column(name = "restored_from")
  private Integer restoredFrom;

  /** Revisions the portal writes itself; their note is a bundle text, not stored words. */
  public enum Event {
    SEEDED,
    CREATED,
    PROPOSED,
    RESTORED
  }

  protected Revision() {}

  /** A curator's save, with the curator's own note (or none). */
  public Revision(Document document, int number, String author, String note) {
    this(document, number, author, note, null, null);
  }

  /** A revision the portal writes itself. */
  public Revision(Document document, int number, String author, Event event) {
    this(document, number, author, null, event, null);
  }

  /** A save that brings back the text of an earlier revision. */
  public static Revision restoring(Document document, int number, String author, int from) {
    return new Revision(document, number, author, null, Event.RESTORED, from);
  }

  private Revision(
      Document document,
      int number,
      String author,
      String note,
      Event event,
      Integer restoredFrom) {
    this.document = document;
    this.number = number;
    this.author = author;
    this.note = note;
    this.event = event;
    this.restoredFrom = restoredFrom;
    this.createdAt = Instant.now();
    this.titleZh = document.getTitleZh();
    this.titleEn = document.getTitleEn();
    this.summaryZh = document.getSummaryZh();
    this.summaryEn = document.getSummaryEn();
    this.bodyMarkdown = document.getBodyMarkdown();
  }

  public Long getId() {
    return id;
  }

  public Document getDocument() {
    return document;
  }

  public int getNumber() {
    return number;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
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

  public String getNote() {
    return note;
  }

  public Event getEvent() {
    return event;
  }

  public Integer getRestoredFrom() {
    return restoredFrom;
  }
}
