package org.greenmine.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.greenmine.notify.entity.MailMessage;
import org.greenmine.notify.entity.MailState;
import org.greenmine.platform.control.RetryPolicy;

/**
 * The durable queue of mails. {@link #enqueue} joins the caller's transaction, so a mail exists
 * exactly when the action that caused it committed. Workers on any number of instances claim mails
 * with a lease: the conditional update lets only one of them win a row, and a crashed worker's
 * lease simply runs out.
 */
@ApplicationScoped
public class MailOutbox {
  static final int MAX_ERROR_LENGTH = 1000;

  @PersistenceContext EntityManager em;
  @Inject MailSettings settings;
  Clock clock = Clock.systemUTC();
  RetryPolicy policy = RetryPolicy.DEFAULT;

  @PostConstruct
  void configure() {
    policy = settings.retryPolicy();
  }

  /** A finished mail, ready to send. */
  public record Mail(String recipient, String subject, String body, String unsubscribeUrl) {
    public Mail(String recipient, String subject, String body) {
      this(recipient, subject, body, null);
    }
  }

  /** A claimed mail: what to send and how often it was tried before. */
  public record ClaimedMail(long id, Mail mail, int attempts) {}

  /** The numbers for the administrators' page. */
  public record Counts(long pending, long sent, long failed) implements java.io.Serializable {}

  @Transactional(TxType.MANDATORY)
  public long enqueue(Mail mail) {
    MailMessage message =
        new MailMessage(
            mail.recipient(),
            mail.subject(),
            mail.body(),
            mail.unsubscribeUrl(),
            null,
            clock.millis());
    // the id comes from the sequence at persist: nothing of the caller's work is flushed early
    em.persist(message);
    return message.getId();
  }

  /**
   * Enqueues the mail unless one with this key was written before (a reminder goes out once);
   * returns whether it was written.
   */
  @Transactional(TxType.MANDATORY)
  public boolean enqueueOnce(String dedupeKey, Mail mail) {
    boolean known =
        !em.createQuery("SELECT m.id FROM MailMessage m WHERE m.dedupeKey = :key", Long.class)
            .setParameter("key", dedupeKey)
            .getResultList()
            .isEmpty();
    if (known) {
      return false;
    }
    em.persist(
        new MailMessage(
            mail.recipient(),
            mail.subject(),
            mail.body(),
            mail.unsubscribeUrl(),
            dedupeKey,
            clock.millis()));
    return true;
  }

  /** Takes up to {@code max} due mails for this worker until the lease ends. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<ClaimedMail> claim(int max, long leaseMillis) {
    long now = clock.millis();
    List<Long> due =
        em.createQuery(
                "SELECT m.id FROM MailMessage m WHERE m.state = :pending AND m.notBefore <= :now"
                    + " AND m.claimedUntil < :now ORDER BY m.id",
                Long.class)
            .setParameter("pending", MailState.PENDING)
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    String token = UUID.randomUUID().toString();
    em.createQuery(
            "UPDATE MailMessage m SET m.claimToken = :token, m.claimedUntil = :until"
                + " WHERE m.id IN :ids AND m.state = :pending AND m.claimedUntil < :now")
        .setParameter("token", token)
        .setParameter("until", now + leaseMillis)
        .setParameter("ids", due)
        .setParameter("pending", MailState.PENDING)
        .setParameter("now", now)
        .executeUpdate();
    return em
        .createQuery(
            "SELECT m FROM MailMessage m WHERE m.claimToken = :token AND m.claimedUntil = :until"
                + " ORDER BY m.id",
            MailMessage.class)
        .setParameter("token", token)
        .setParameter("until", now + leaseMillis)
        .getResultList()
        .stream()
        .map(
            m ->
                new ClaimedMail(
                    m.getId(),
                    new Mail(m.getRecipient(), m.getSubject(), m.getBody(), m.getUnsubscribeUrl()),
                    m.getAttempts()))
        .toList();
  }

  /** The mail server took the mail. */
  @Transactional(TxType.REQUIRES_NEW)
  public void sent(ClaimedMail claimed) {
    em.createQuery(
            "UPDATE MailMessage m SET m.state = :sent, m.sentAt = :now, m.attempts = :attempts,"
                + " m.claimToken = NULL, m.claimedUntil = 0, m.lastError = NULL WHERE m.id = :id")
        .setParameter("sent", MailState.SENT)
        .setParameter("now", clock.millis())
        .setParameter("attempts", claimed.attempts() + 1)
        .setParameter("id", claimed.id())
        .executeUpdate();
  }

  /**
   * The mail server could not be reached: the mail waits and is tried again after {@code
   * delayMillis}. An outage is not the mail's fault, so it never fails the mail.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void deferred(ClaimedMail claimed, String error, long delayMillis) {
    settle(claimed, error, clock.millis() + delayMillis, MailState.PENDING);
  }

  /** The mail server refused this mail: it is tried again later, and failed after many refusals. */
  @Transactional(TxType.REQUIRES_NEW)
  public void refused(ClaimedMail claimed, String error) {
    int attempts = claimed.attempts() + 1;
    settle(
        claimed,
        error,
        clock.millis() + policy.delayAfter(attempts).toMillis(),
        policy.parks(attempts) ? MailState.FAILED : MailState.PENDING);
  }

  private void settle(ClaimedMail claimed, String error, long notBefore, MailState state) {
    em.createQuery(
            "UPDATE MailMessage m SET m.attempts = :attempts, m.notBefore = :notBefore,"
                + " m.state = :state, m.lastError = :error, m.claimToken = NULL,"
                + " m.claimedUntil = 0 WHERE m.id = :id")
        .setParameter("attempts", claimed.attempts() + 1)
        .setParameter("notBefore", notBefore)
        .setParameter("state", state)
        .setParameter("error", truncate(error))
        .setParameter("id", claimed.id())
        .executeUpdate();
  }

  // reads run in a transaction too (see IndexOutbox.state)
  @Transactional
  public Counts counts() {
    return new Counts(count(MailState.PENDING), count(MailState.SENT), count(MailState.FAILED));
  }

  private long count(MailState state) {
    return em.createQuery("SELECT COUNT(m) FROM MailMessage m WHERE m.state = :s", Long.class)
        .setParameter("s", state)
        .getSingleResult();
  }

  /** The newest mails first. */
  @Transactional
  public List<MailMessage> recent(int max) {
    return em.createQuery("SELECT m FROM MailMessage m ORDER BY m.id DESC", MailMessage.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** An administrator sends failed mails back to the queue with a fresh count of attempts. */
  @Transactional
  public int retryFailed() {
    return em.createQuery(
            "UPDATE MailMessage m SET m.state = :pending, m.attempts = 0, m.notBefore = :now,"
                + " m.claimToken = NULL, m.claimedUntil = 0 WHERE m.state = :failed")
        .setParameter("pending", MailState.PENDING)
        .setParameter("failed", MailState.FAILED)
        .setParameter("now", clock.millis())
        .executeUpdate();
  }

  static String truncate(String error) {
    String text = error == null ? "" : error;
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }
}
