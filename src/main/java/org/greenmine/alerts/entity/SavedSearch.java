package org.greenmine.alerts.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member's saved search: the search page's criteria, how often to mail, and what was covered. */
@Entity
@Table(name = "saved_search")
@Cacheable(false)
public class SavedSearch {
  @Id
  @SequenceGenerator(
      name = "saved_search_seq",
      sequenceName = "saved_search_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
  private Long id;

  @Column(name = "owner_name", nullable = false)
  private String owner;

  @Column(nullable = false)
  private String criteria;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DigestFrequency frequency;

  @Column(name = "created_at", nullable = false)
  private long createdAt;

  @Column(name = "last_digest_at", nullable = false)
  private long lastDigestAt;

  @Column(name = "covered_until", nullable = false)
  private long coveredUntil;

  @Column(name = "unsubscribe_token", nullable = false)
  private String unsubscribeToken;

  protected SavedSearch() {}

  /**
   * @param now the portal's time (schedules)
   * @param publishedNow the publication clock's time: items published after it are new
   */
  public SavedSearch(
      String owner,
      String criteria,
      DigestFrequency frequency,
      long now,
      long publishedNow,
      String unsubscribeToken) {
    this.owner = owner;
    this.criteria = criteria;
    this.frequency = frequency;
    this.createdAt = now;
    this.lastDigestAt = now;
    this.coveredUntil = publishedNow;
    this.unsubscribeToken = unsubscribeToken;
  }

  /** A digest was considered at {@code now}, covering publications up to {@code coveredUntil}. */
  public void digested(long now, long coveredUntil) {
    this.lastDigestAt = now;
    this.coveredUntil = Math.max(this.coveredUntil, coveredUntil);
  }

  public void changeFrequency(DigestFrequency frequency) {
    this.frequency = frequency;
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getCriteria() {
    return criteria;
  }

  public DigestFrequency getFrequency() {
    return frequency;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public long getLastDigestAt() {
    return lastDigestAt;
  }

  public long getCoveredUntil() {
    return coveredUntil;
  }

  public String getUnsubscribeToken() {
    return unsubscribeToken;
  }
}
