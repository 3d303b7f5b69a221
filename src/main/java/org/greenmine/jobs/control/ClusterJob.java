package org.greenmine.jobs.control;

import java.time.Duration;

/**
 * Work that must happen once in the cluster however many portal instances run, such as ending a
 * notice period or checking the index against the database. Implementations are CDI beans; {@link
 * ClusterJobs} finds them, and runs each on one instance at a time when it is due.
 */
public interface ClusterJob {
  /**
   * A stable key (lower case, dashes): the job's lease row, its run history and its setting {@code
   * greenmine.jobs.<name>.every-seconds}.
   */
  String name();

  /** How often it runs unless configured otherwise. */
  Duration every();

  /** Does the work; returns a one-line summary for the run history. */
  String run();
}
