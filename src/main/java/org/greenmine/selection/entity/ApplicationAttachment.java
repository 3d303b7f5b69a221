package org.greenmine.selection.entity;

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
import java.io.Serializable;
import java.time.Instant;
import org.greenmine.platform.entity.InstantColumn;

/**
 * A file an applicant attached to their application; its bytes are stored under a generated name.
 */
@Entity
@Table(name = "application_attachment")
@NamedQuery(
    name = ApplicationAttachment.OF_APPLICATION,
    query =
        "SELECT a FROM ApplicationAttachment a WHERE a.application = :application ORDER BY a.id")
public class ApplicationAttachment implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String OF_APPLICATION = "ApplicationAttachment.ofApplication";

  @Id
  @SequenceGenerator(
      name = "application_attachment_seq",
      sequenceName = "application_attachment_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_attachment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private MineApplication application;

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

  protected ApplicationAttachment() {}

  public ApplicationAttachment(
      MineApplication application,
      String originalName,
      String storedName,
      String mediaType,
      long size,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.application = application;
    this.originalName = originalName;
    this.storedName = storedName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public MineApplication getApplication() {
    return application;
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
