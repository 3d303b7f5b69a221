package org.greenmine.selection.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenmine.platform.entity.InstantColumn;

/** Someone's objection to a proposed award during the public notice, and its resolution. */
@Entity
@Table(name = "objection")
public class Objection {
  @Id
  @SequenceGenerator(name = "objection_seq", sequenceName = "objection_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private MineApplication application;

  @Column(name = "filer_name", nullable = false)
  private String filerName;

  @Column(name = "filer_contact", nullable = false)
  private String filerContact;

  @Column(nullable = false)
  private String reason;

  private String evidence;

  @Column(name = "filed_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ObjectionState state = ObjectionState.FILED;

  private String resolution;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  @Convert(converter = InstantColumn.class)
  private Instant resolvedAt;

  protected Objection() {}

  public Objection(
      MineApplication application,
      String filerName,
      String filerContact,
      String reason,
      String evidence,
      Instant filedAt) {
    this.application = application;
    this.filerName = filerName;
    this.filerContact = filerContact;
    this.reason = reason;
    this.evidence = evidence;
    this.filedAt = filedAt;
  }

  public void resolve(boolean upheld, String resolution, String curator, Instant at) {
    this.state = upheld ? ObjectionState.UPHELD : ObjectionState.DISMISSED;
    this.resolution = resolution;
    this.resolvedBy = curator;
    this.resolvedAt = at;
  }

  public Long getId() {
    return id;
  }

  public MineApplication getApplication() {
    return application;
  }

  public String getFilerName() {
    return filerName;
  }

  public String getFilerContact() {
    return filerContact;
  }

  public String getReason() {
    return reason;
  }

  public String getEvidence() {
    return evidence;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public ObjectionState getState() {
    return state;
  }

  public String getResolution() {
    return resolution;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }
}
