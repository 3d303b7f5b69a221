package org.greenmine.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.greenmine.audit.entity.AuditEvent;
import org.greenmine.audit.entity.AuditHead;

/**
 * The audit log every feature writes to. An event joins the caller's transaction, so it is kept
 * exactly when the step it records is. Appends lock the chain's head row until the transaction
 * ends, so concurrent transactions (on any number of portal instances) chain one after the other:
 * record as the last step of a transaction, to hold the lock briefly.
 */
@ApplicationScoped
public class AuditLog {
  /** The actor of events recorded for an anonymous caller. */
  public static final String PUBLIC = "public";

  /** The actor of events the portal records on its own (start-up, scheduled work). */
  public static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject SecurityContext security;
  Clock clock = Clock.systemUTC();

  /**
   * Appends an event by the caller: their account name, or {@value #PUBLIC} when anonymous.
   *
   * @param eventType what happened, such as {@code ballot.cast}
   * @param subject what it happened to, such as {@code ballot:55}
   * @param details further facts, stored as a JSON object with sorted keys (may be empty)
   */
  @Transactional(TxType.MANDATORY)
  public void record(String eventType, String subject, Map<String, String> details) {
    append(actorOf(security.getCallerPrincipal()), eventType, subject, details);
  }

  /** Appends an event by the portal itself, for work no person asked for (actor "system"). */
  @Transactional(TxType.MANDATORY)
  public void recordAsSystem(String eventType, String subject, Map<String, String> details) {
    append(SYSTEM, eventType, subject, details);
  }

  /** Newest first. */
  public List<AuditEvent> newest(int first, int max) {
    return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id DESC", AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM AuditEvent e", Long.class).getSingleResult();
  }

  static String actorOf(Principal caller) {
    return caller == null || caller.getName() == null || caller.getName().isBlank()
        ? PUBLIC
        : caller.getName();
  }

  private void append(String actor, String eventType, String subject, Map<String, String> details) {
    String detailText = HashChain.details(details);
    check(actor, AuditEvent.MAX_ACTOR, "actor");
    check(eventType, AuditEvent.MAX_EVENT_TYPE, "event type");
    check(subject, AuditEvent.MAX_SUBJECT, "subject");
    if (detailText.length() > AuditEvent.MAX_DETAILS) {
      throw new IllegalArgumentException("audit details longer than " + AuditEvent.MAX_DETAILS);
    }
    // SELECT ... FOR UPDATE: whoever holds the head appends next; the others wait for its commit
    AuditHead head = em.find(AuditHead.class, AuditHead.ONLY, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("the audit_head row is missing");
    }
    HashChain.Content content =
        new HashChain.Content(clock.millis(), actor, eventType, subject, detailText);
    String previous = head.getLastHash();
    AuditEvent event =
        new AuditEvent(
            content.occurredAt(),
            actor,
            eventType,
            subject,
            detailText,
            previous,
            HashChain.hash(previous, content));
    // the id comes from the sequence now, while the head is held: ids follow the chain's order
    em.persist(event);
    head.advance(event);
    // written now, so a second append in this transaction reads this one's hash from the head
    em.flush();
  }

  private static void check(String value, int maxLength, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("audit " + what + " missing");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException("audit " + what + " longer than " + maxLength);
    }
  }
}
