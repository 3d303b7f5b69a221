package org.greenmine.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the single row every append locks, so that concurrent transactions
 * chain one after the other instead of onto the same predecessor. It also lets verification notice
 * that the newest events were removed. Never cached: it is read under a database lock.
 */
@Entity
@Table(name = "audit_head")
@Cacheable(false)
public class AuditHead {
  /** The id of the only row, created by the migration. */
  public static final long ONLY = 1L;

  @Id private Long id;

  @Column(name = "last_event_id", nullable = false)
  private long lastEventId;

  @Column(name = "event_count", nullable = false)
  private long eventCount;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditHead() {}

  public long getLastEventId() {
    return lastEventId;
  }

  public long getEventCount() {
    return eventCount;
  }

  public String getLastHash() {
    return lastHash;
  }

  /** The chain grew by this event. */
  public void advance(AuditEvent appended) {
    if (!appended.getPreviousHash().equals(lastHash)) {
      throw new IllegalStateException("event does not follow the head of the chain");
    }
    lastEventId = appended.getId();
    lastHash = appended.getHash();
    eventCount++;
  }
}
