package org.greenmine.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenmine.platform.control.RetryPolicy;
import org.greenmine.search.entity.IndexTask;

/**
 * The durable queue of index changes. {@link #enqueue} joins the caller's transaction, so a change
 * and its index task commit or roll back together. Workers on any number of instances claim tasks
 * with a lease: the conditional update lets only one of them win a row, and a crashed worker's
 * lease simply runs out.
 */
@ApplicationScoped
public class IndexOutbox {
  static final int MAX_ERROR_LENGTH = 1000;

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();
  RetryPolicy policy = RetryPolicy.DEFAULT;

  @Inject IndexSettings settings;

  @PostConstruct
  void configure() {
    policy = settings.retryPolicy();
  }

  /** A claimed task: the item to send and the rows to settle afterwards. */
  public record Claim(String token, List<ClaimedTask> tasks) {
    public boolean isEmpty() {
      return tasks.isEmpty();
    }
  }

  public record ClaimedTask(long id, String documentKey, int attempts) {}

  /** Numbers for the administrator's page and the metrics. */
  public record QueueState(long pending, long parked, long oldestEnqueuedAt)
      implements java.io.Serializable {}

  @Transactional(TxType.MANDATORY)
  public void enqueue(String documentKey) {
    em.persist(new IndexTask(documentKey, clock.millis()));
  }

  /** Enqueues many keys in a transaction of their own (reconcile and repair). */
  @Transactional(TxType.REQUIRES_NEW)
  public void enqueueAll(Collection<String> documentKeys) {
    long now = clock.millis();
    int n = 0;
    for (String key : documentKeys) {
      em.persist(new IndexTask(key, now));
      if (++n % 500 == 0) {
        em.flush();
        em.clear();
      }
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Claim claim(int max, long leaseMillis) {
    long now = clock.millis();
    List<Long> due =
        em.createQuery(
                "SELECT t.id FROM IndexTask t WHERE t.parked = :no AND t.notBefore <= :now"
                    + " AND t.claimedUntil < :now ORDER BY t.id",
                Long.class)
            .setParameter("now", now)
            .setParameter("no", false)
            .setMaxResults(max)
            .getResultList();
    String token = UUID.randomUUID().toString();
    if (due.isEmpty()) {
      return new Claim(token, List.of());
    }
    em.createQuery(
            "UPDATE IndexTask t SET t.claimToken = :token, t.claimedUntil = :until"
                + " WHERE t.id IN :ids AND t.parked = :no AND t.claimedUntil < :now")
        .setParameter("token", token)
        .setParameter("until", now + leaseMillis)
        .setParameter("ids", due)
        .setParameter("now", now)
        .setParameter("no", false)
        .executeUpdate();
    List<ClaimedTask> won =
        em
            .createQuery(
                "SELECT t.id, t.documentKey, t.attempts FROM IndexTask t"
                    + " WHERE t.claimToken = :token ORDER BY t.id",
                Object[].class)
            .setParameter("token", token)
            .getResultList()
            .stream()
            .map(
                row ->
                    new ClaimedTask(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        ((Number) row[2]).intValue()))
            .toList();
    return new Claim(token, won);
  }

  /** The tasks reached the index: they are removed. */
  @Transactional(TxType.REQUIRES_NEW)
  public void done(String token, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    for (List<Long> chunk : chunks(ids)) {
      em.createQuery("DELETE FROM IndexTask t WHERE t.claimToken = :token AND t.id IN :ids")
          .setParameter("token", token)
          .setParameter("ids", chunk)
          .executeUpdate();
    }
  }

  /**
   * The index could not be reached: the tasks go back to the queue untouched. An outage is not the
   * items' fault, so it counts no attempt and parks nothing.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(String token) {
    em.createQuery(
            "UPDATE IndexTask t SET t.claimToken = NULL, t.claimedUntil = 0"
                + " WHERE t.claimToken = :token")
        .setParameter("token", token)
        .executeUpdate();
  }

  /** These items were refused (each with its error): retry later, or park after many failures. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(String token, Map<ClaimedTask, String> errors) {
    long now = clock.millis();
    for (Map.Entry<ClaimedTask, String> failure : errors.entrySet()) {
      int attempts = failure.getKey().attempts() + 1;
      em.createQuery(
              "UPDATE IndexTask t SET t.attempts = :attempts, t.notBefore = :notBefore,"
                  + " t.parked = :parked, t.lastError = :error, t.claimToken = NULL,"
                  + " t.claimedUntil = 0 WHERE t.id = :id AND t.claimToken = :token")
          .setParameter("attempts", attempts)
          .setParameter("notBefore", now + policy.delayAfter(attempts).toMillis())
          .setParameter("parked", policy.parks(attempts))
          .setParameter("error", truncate(failure.getValue()))
          .setParameter("id", failure.getKey().id())
          .setParameter("token", token)
          .executeUpdate();
    }
  }

  // reads run in a transaction too: an entity manager used outside one, on a managed executor's
  // thread, upsets the container's clean-up after the task
  @Transactional
  public QueueState state() {
    long pending = count(false);
    long parked = count(true);
    Long oldest =
        em.createQuery("SELECT MIN(t.enqueuedAt) FROM IndexTask t", Long.class).getSingleResult();
    return new QueueState(pending, parked, oldest == null ? 0 : oldest);
  }

  private long count(boolean parked) {
    return em.createQuery("SELECT COUNT(t) FROM IndexTask t WHERE t.parked = :parked", Long.class)
        .setParameter("parked", parked)
        .getSingleResult();
  }

  @Transactional
  public List<IndexTask> parked(int max) {
    return em.createQuery(
            "SELECT t FROM IndexTask t WHERE t.parked = :yes ORDER BY t.id", IndexTask.class)
        .setParameter("yes", true)
        .setMaxResults(max)
        .getResultList();
  }

  /** An administrator sends parked tasks back to the queue with a fresh count of attempts. */
  @Transactional
  public int retryParked() {
    return em.createQuery(
            "UPDATE IndexTask t SET t.parked = :no, t.attempts = 0, t.notBefore = :now,"
                + " t.claimToken = NULL, t.claimedUntil = 0 WHERE t.parked = :yes")
        .setParameter("no", false)
        .setParameter("yes", true)
        .setParameter("now", clock.millis())
        .executeUpdate();
  }

  private static String truncate(String error) {
    String text = error == null ? "" : error;
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 500) {
      chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
    }
    return chunks;
  }
}
