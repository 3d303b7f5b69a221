package org.greenmine.concerns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file the reporter attached, stored under the data folder with a generated name. */
@Entity
@Table(name = "concern_evidence")
public class ConcernEvidence implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "concern_evidence_seq",
      sequenceName = "concern_evidence_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_evidence_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "concern_id")
  private Concern concern;

  @Column(name = "stored_name", nullable = false)
  private String storedName;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  protected ConcernEvidence() {}

  public ConcernEvidence(
      Concern concern, String storedName, String fileName, String mediaType, long sizeBytes) {
    this.concern = concern;
    this.storedName = storedName;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
  }

  public Long getId() {
    return id;
  }

  public Concern getConcern() {
    return concern;
  }

  public String getStoredName() {
    return storedName;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }
}
