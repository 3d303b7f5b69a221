package org.greenmine.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded step, chained to the one before it by hash. Rows are only ever inserted; no column
 * is updatable. Never cached: verification must read what the database holds, not a copy.
 */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
public class AuditEvent {
  public static final int MAX_ACTOR = 64;
  public static final int MAX_EVENT_TYPE = 80;
  public static final int MAX_SUBJECT = 200;
  public static final int MAX_DETAILS = 20000;

  @Id
  @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  /** Epoch milliseconds: the hashed value must not depend on a time zone. */
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private long occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String eventType;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String details;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected AuditEvent() {}

  public AuditEvent(
      long occurredAt,
      String actor,
      String eventType,
      String subject,
      String details,
      String previousHash,
      String hash) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.eventType = eventType;
    this.subject = subject;
    this.details = details;
    this.previousHash = previousHash;
    this.hash = hash;
  }

  public Long getId() {
    return id;
  }

  public long getOccurredAtMillis() {
    return occurredAt;
  }

  public Instant getOccurredAt() {
    return Instant.ofEpochMilli(occurredAt);
  }

  public String getActor() {
    return actor;
  }

  public String getEventType() {
    return eventType;
  }

  public String getSubject() {
    return subject;
  }

  /** The details in their canonical text: a JSON object with sorted keys. */
  public String getDetails() {
    return details;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
