package org.greenmine.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

/** A file attached to a content item; its bytes are stored under a generated name. */
@Entity
@Table(name = "attachment")
@NamedQuery(
    name = Attachment.OF_DOCUMENT,
    query = "SELECT a FROM Attachment a WHERE a.document = :document ORDER BY a.id")
public class Attachment implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  public static final String OF_DOCUMENT = "Attachment.ofDocument";

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Column(name = "original_name", nullable = false)
  private String originalName;

  @Column(name = "stored_name", nullable = false, unique = true)
  private String storedName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant uploadedAt;

  protected Attachment() {}

  public Attachment(
      Document document,
      String originalName,
      String storedName,
      String mediaType,
      long size,
      String sha256,
      String uploadedBy) {
    this.document = document;
    this.originalName = originalName;
    this.storedName = storedName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Document getDocument() {
    return document;
  }

  public String getOriginalName() {
    return originalName;
  }

  public String getStoredName() {
    return storedName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
