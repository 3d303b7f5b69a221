package org.greenmine.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.greenmine.audit.entity.AuditEvent;
import org.greenmine.audit.entity.AuditHead;

/**
 * Walks the whole audit chain from the database, in id order and in batches, and says whether it is
 * intact or where it first breaks. Appends may go on meanwhile: the walk covers the chain up to the
 * head as it was read at the start, and everything up to there had committed by then.
 */
@ApplicationScoped
public class AuditVerification {
  static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  /** Outside any transaction: each batch is read and let go, whatever the chain's length. */
  @Transactional(TxType.NOT_SUPPORTED)
  public ChainReport verify() {
    AuditHead head = em.find(AuditHead.class, AuditHead.ONLY);
    if (head == null) {
      throw new IllegalStateException("the audit_head row is missing");
    }
    long lastEventId = head.getLastEventId();
    HashChain.Walk walk = new HashChain.Walk();
    long after = 0;
    while (true) {
      List<AuditEvent> batch =
          em.createQuery(
                  "SELECT e FROM AuditEvent e WHERE e.id > :after AND e.id <= :last ORDER BY e.id",
                  AuditEvent.class)
              .setParameter("after", after)
              .setParameter("last", lastEventId)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditEvent event : batch) {
        if (!walk.accept(link(event))) {
          return walk.report();
        }
        after = event.getId();
      }
      if (batch.size() < BATCH) {
        return walk.finish(head.getEventCount(), head.getLastHash(), lastEventId);
      }
    }
  }

  private static HashChain.Link link(AuditEvent event) {
    return new HashChain.Link(
        event.getId(),
        new HashChain.Content(
            event.getOccurredAtMillis(),
            event.getActor(),
            event.getEventType(),
            event.getSubject(),
            event.getDetails()),
        event.getPreviousHash(),
        event.getHash());
  }
}
