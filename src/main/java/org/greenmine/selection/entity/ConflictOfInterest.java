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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenmine.platform.entity.InstantColumn;

/** An expert who must not judge an application, and why. */
@Entity
@Table(name = "conflict_of_interest")
@NamedQuery(
    name = ConflictOfInterest.OF_CAMPAIGN,
    query =
        "SELECT c FROM ConflictOfInterest c WHERE c.application.campaign = :campaign"
            + " ORDER BY c.application.id, c.expert.id")
public class ConflictOfInterest {
  public static final String OF_CAMPAIGN = "ConflictOfInterest.ofCampaign";

  @Id
  @SequenceGenerator(name = "conflict_seq", sequenceName = "conflict_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conflict_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "expert_id")
  private Expert expert;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private MineApplication application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConflictSource source;

  @Column(nullable = false)
  private String reason;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant recordedAt;

  protected ConflictOfInterest() {}

  public ConflictOfInterest(
      Expert expert,
      MineApplication application,
      ConflictSource source,
      String reason,
      String recordedBy) {
    this.expert = expert;
    this.application = application;
    this.source = source;
    this.reason = reason;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Expert getExpert() {
    return expert;
  }

  public MineApplication getApplication() {
    return application;
  }

  public ConflictSource getSource() {
    return source;
  }

  public String getReason() {
    return reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
