package org.greenmine.jobs.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One run of a cluster job: which instance ran it, when, and how it ended. */
@Entity
@Table(name = "job_run")
@Cacheable(false)
public class JobRun {
  public static final int MAX_DETAIL = 1000;

  @Id
  @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
  private Long id;

  @Column(nullable = false)
  private String job;

  @Column(nullable = false)
  private String holder;

  @Column(name = "started_at", nullable = false)
  private long startedAt;

  @Column(name = "finished_at", nullable = false)
  private long finishedAt;

  @Column(nullable = false)
  private String outcome;

  private String detail;

  protected JobRun() {}

  public JobRun(
      String job, String holder, long startedAt, long finishedAt, String outcome, String detail) {
    this.job = job;
    this.holder = holder;
    this.startedAt = startedAt;
    this.finishedAt = finishedAt;
    this.outcome = outcome;
    this.detail =
        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
  }

  public Long getId() {
    return id;
  }

  public String getJob() {
    return job;
  }

  public String getHolder() {
    return holder;
  }

  public long getStartedAt() {
    return startedAt;
  }

  public long getFinishedAt() {
    return finishedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }
}
