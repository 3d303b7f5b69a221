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
import java.time.LocalDate;
import org.greenmine.platform.entity.InstantColumn;

/** One step in a red-list entry's history. */
@Entity
@Table(name = "red_list_event")
public class RedListEvent {
  @Id
  @SequenceGenerator(
      name = "red_list_event_seq",
      sequenceName = "red_list_event_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "red_list_event_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "entry_id")
  private RedListEntry entry;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RedListStatus status;

  private String reason;

  @Column(nullable = false)
  private LocalDate effective;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant recordedAt;

  protected RedListEvent() {}

  public RedListEvent(
      RedListEntry entry,
      RedListStatus status,
      String reason,
      LocalDate effective,
      String recordedBy,
      Instant recordedAt) {
    this.entry = entry;
    this.status = status;
    this.reason = reason;
    this.effective = effective;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public RedListEntry getEntry() {
    return entry;
  }

  public RedListStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getEffective() {
    return effective;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
