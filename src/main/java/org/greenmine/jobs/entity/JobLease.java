package org.greenmine.jobs.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who may run a cluster job now, and when it is next due. Changed only by conditional bulk updates
 * (the compare-and-set that makes one instance the holder), hence never cached.
 */
@Entity
@Table(name = "job_lease")
@Cacheable(false)
public class JobLease {
  @Id private String name;

  private String holder;

  @Column(name = "lease_until", nullable = false)
  private long leaseUntil;

  @Column(name = "next_run", nullable = false)
  private long nextRun;

  @Column(nullable = false)
  private long runs;

  protected JobLease() {}

  public JobLease(String name, long firstRun) {
    this.name = name;
    this.nextRun = firstRun;
  }

  public String getName() {
    return name;
  }

  public String getHolder() {
    return holder;
  }

  public long getLeaseUntil() {
    return leaseUntil;
  }

  public long getNextRun() {
    return nextRun;
  }

  public long getRuns() {
    return runs;
  }
}
