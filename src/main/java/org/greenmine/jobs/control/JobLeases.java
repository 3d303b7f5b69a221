package org.greenmine.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.greenmine.jobs.entity.JobLease;
import org.greenmine.jobs.entity.JobRun;

/**
 * The database side of cluster jobs. Taking a lease is one conditional UPDATE: of all instances
 * that try at once, exactly one sees a row changed. Each call is its own transaction, so a lease is
 * visible to the other instances as soon as it is taken.
 */
@ApplicationScoped
public class JobLeases {
  @PersistenceContext EntityManager em;

  /** Creates the job's lease row, first due at {@code firstRun}, if no instance has yet. */
  @Transactional(TxType.REQUIRES_NEW)
  public void register(String job, long firstRun) {
    if (em.find(JobLease.class, job) == null) {
      em.persist(new JobLease(job, firstRun));
    }
  }

  /**
   * Makes {@code holder} the holder when the job is due and nobody holds it (or the lease ran out).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean acquire(String job, String holder, long now, long leaseMillis) {
    return em.createQuery(
                "UPDATE JobLease l SET l.holder = :holder, l.leaseUntil = :until"
                    + " WHERE l.name = :job AND l.nextRun <= :now AND l.leaseUntil < :now")
            .setParameter("holder", holder)
            .setParameter("until", now + leaseMillis)
            .setParameter("job", job)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /**
   * Records the run and sets the next due time; returns false when the lease had meanwhile passed
   * to another instance (this run outlived its lease), in which case the next time is theirs to
   * set.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean finish(String job, String holder, long nextRun, JobRun run) {
    em.persist(run);
    return em.createQuery(
                "UPDATE JobLease l SET l.leaseUntil = 0, l.nextRun = :next, l.runs = l.runs + 1"
                    + " WHERE l.name = :job AND l.holder = :holder")
            .setParameter("next", nextRun)
            .setParameter("job", job)
            .setParameter("holder", holder)
            .executeUpdate()
        == 1;
  }

  /** Makes the job due now (an administrator's "run now"). */
  @Transactional(TxType.REQUIRES_NEW)
  public void dueNow(String job, long now) {
    em.createQuery("UPDATE JobLease l SET l.nextRun = :now WHERE l.name = :job")
        .setParameter("now", now)
        .setParameter("job", job)
        .executeUpdate();
  }

  public List<JobLease> leases() {
    return em.createQuery("SELECT l FROM JobLease l ORDER BY l.name", JobLease.class)
        .getResultList();
  }

  public List<JobRun> recentRuns(int max) {
    return em.createQuery("SELECT r FROM JobRun r ORDER BY r.id DESC", JobRun.class)
        .setMaxResults(max)
        .getResultList();
  }
}
