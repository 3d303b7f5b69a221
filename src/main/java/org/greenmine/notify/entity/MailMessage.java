package org.greenmine.notify.entity;

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

/**
 * One mail in the outbox: who it goes to, its finished text, and how its delivery goes. Rows are
 * changed by bulk updates from the workers, hence never cached.
 */
@Entity
@Table(name = "mail_message")
@Cacheable(false)
public class MailMessage implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "mail_message_seq",
      sequenceName = "mail_message_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "unsubscribe_url")
  private String unsubscribeUrl;

  @Column(name = "dedupe_key")
  private String dedupeKey;

  @Column(name = "created_at", nullable = false)
  private long createdAt;

  @Column(name = "not_before", nullable = false)
  private long notBefore;

  @Column(nullable = false)
  private int attempts;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailState state = MailState.PENDING;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "claimed_until", nullable = false)
  private long claimedUntil;

  @Column(name = "sent_at")
  private Long sentAt;

  protected MailMessage() {}

  public MailMessage(
      String recipient,
      String subject,
      String body,
      String unsubscribeUrl,
      String dedupeKey,
      long now) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.unsubscribeUrl = unsubscribeUrl;
    this.dedupeKey = dedupeKey;
    this.createdAt = now;
    this.notBefore = now;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getUnsubscribeUrl() {
    return unsubscribeUrl;
  }

  public String getDedupeKey() {
    return dedupeKey;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public long getNotBefore() {
    return notBefore;
  }

  public int getAttempts() {
    return attempts;
  }

  public MailState getState() {
    return state;
  }

  public String getLastError() {
    return lastError;
  }

  public Long getSentAt() {
    return sentAt;
  }
}
