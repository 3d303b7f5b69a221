package org.greenmine.search.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One change to a searchable item waiting to reach the index. It names the item only: the worker
 * sends whatever the item's state is when the task is processed, so tasks can be retried and
 * coalesced in any order. Rows are changed by bulk updates, hence never cached.
 */
@Entity
@Table(name = "index_task")
@Cacheable(false)
public class IndexTask implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "index_task_seq", sequenceName = "index_task_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_task_seq")
  private Long id;

  @Column(name = "document_key", nullable = false)
  private String documentKey;

  @Column(name = "enqueued_at", nullable = false)
  private long enqueuedAt;

  @Column(name = "not_before", nullable = false)
  private long notBefore;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "claimed_until", nullable = false)
  private long claimedUntil;

  @Column(nullable = false)
  private boolean parked;

  @Column(name = "last_error")
  private String lastError;

  protected IndexTask() {}

  public IndexTask(String documentKey, long now) {
    this.documentKey = documentKey;
    this.enqueuedAt = now;
    this.notBefore = now;
  }

  public Long getId() {
    return id;
  }

  public String getDocumentKey() {
    return documentKey;
  }

  public long getEnqueuedAt() {
    return enqueuedAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public boolean isParked() {
    return parked;
  }

  public String getLastError() {
    return lastError;
  }

  public long getNotBefore() {
    return notBefore;
  }
}
