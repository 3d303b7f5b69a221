package org.greenmine.concerns.entity;

import jakarta.persistence.Column;
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

/** One step in a concern's life: the state it reached, a note, who and when. */
@Entity
@Table(name = "concern_event")
public class ConcernEvent implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "concern_event_seq",
      sequenceName = "concern_event_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_event_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "concern_id")
  private Concern concern;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConcernState state;

  private String note;

  @Column(nullable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private long occurredAt;

  protected ConcernEvent() {}

  public ConcernEvent(
      Concern concern, ConcernState state, String note, String actor, long occurredAt) {
    this.concern = concern;
    this.state = state;
    this.note = note;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  public ConcernState getState() {
    return state;
  }

  public String getNote() {
    return note;
  }

  public String getActor() {
    return actor;
  }

  public long getOccurredAt() {
    return occurredAt;
  }
}
