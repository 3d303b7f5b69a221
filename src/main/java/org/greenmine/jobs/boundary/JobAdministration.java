package org.greenmine.jobs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.greenmine.jobs.control.ClusterJobs;
import org.greenmine.jobs.control.JobLeases;
import org.greenmine.jobs.entity.JobLease;
import org.greenmine.jobs.entity.JobRun;

/**
 * What administrators may see and do with cluster jobs; the role is checked here, on the server.
 */
@Stateless
@RolesAllowed("ADMIN")
public class JobAdministration {
  @Inject JobLeases leases;
  @Inject ClusterJobs jobs;

  public List<JobLease> leases() {
    return leases.leases();
  }

  public List<JobRun> recentRuns(int max) {
    return leases.recentRuns(max);
  }

  /** Makes a job due now; the next instance to look runs it. */
  public boolean runSoon(String job) {
    boolean known = leases.leases().stream().anyMatch(l -> l.getName().equals(job));
    if (known) {
      leases.dueNow(job, System.currentTimeMillis());
    }
    return known;
  }

  /** This instance's name in leases and run history. */
  public String instance() {
    return jobs.holder();
  }
}
