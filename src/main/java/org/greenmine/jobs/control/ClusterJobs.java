package org.greenmine.jobs.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greenmine.jobs.entity.JobRun;

/**
 * Runs every {@link ClusterJob} once in the cluster when it is due. Each instance looks every few
 * seconds; the one whose conditional update takes the job's lease runs it and sets its next due
 * time. An instance that dies while holding a lease holds it only until the lease runs out; an
 * instance that dies between runs holds nothing. Either way a surviving instance runs the job next.
 * (Persistent EJB timers would run once too, but on this Payara their owner's death loses the
 * schedule.) Instances' clocks must agree to well within the lease time (NTP).
 */
@ApplicationScoped
public class ClusterJobs {
  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject JobLeases leases;
  @Inject @Any Instance<ClusterJob> jobs;
  @Inject Config config;

  @Inject
  @ConfigProperty(name = "greenmine.jobs.tick-millis", defaultValue = "15000")
  long tickMillis;

  /** Longer than any job takes: a run that outlives it may overlap the next holder's. */
  @Inject
  @ConfigProperty(name = "greenmine.jobs.lease-millis", defaultValue = "600000")
  long leaseMillis;

  @Inject
  @ConfigProperty(name = "greenmine.instance.name", defaultValue = "portal")
  String instanceName;

  Clock clock = Clock.systemUTC();
  private final AtomicBoolean ticking = new AtomicBoolean();
  private volatile boolean enabled;
  private String holder;
  private ScheduledFuture<?> schedule;

  synchronized void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (schedule == null) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Called once the schema is migrated: registers the jobs and starts taking leases. A job seen for
   * the first time is first due one interval from now (start-up does its own reconcile).
   */
  public void start() {
    long now = clock.millis();
    for (ClusterJob job : jobs) {
      try {
        leases.register(job.name(), now + everyMillis(job));
      } catch (RuntimeException e) {
        // another instance registered it at the same moment
        LOG.log(Level.FINE, "Job " + job.name() + " already registered", e);
      }
    }
    enabled = true;
  }

  @PreDestroy
  synchronized void cancel() {
    enabled = false;
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  /** The name this instance takes leases under: configured name, host, process and a nonce. */
  public synchronized String holder() {
    if (holder == null) {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        host = "unknown-host";
      }
      holder =
          instanceName
              + "@"
              + host
              + "#"
              + ProcessHandle.current().pid()
              + "-"
              + UUID.randomUUID().toString().substring(0, 8);
    }
    return holder;
  }

  void tick() {
    if (!enabled || !ticking.compareAndSet(false, true)) {
      return;
    }
    try {
      for (ClusterJob job : jobs) {
        runIfDue(job);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cluster job round failed", e);
    } finally {
      ticking.set(false);
    }
  }

  private void runIfDue(ClusterJob job) {
    long now = clock.millis();
    if (!leases.acquire(job.name(), holder(), now, leaseMillis)) {
      return;
    }
    String outcome = "done";
    String detail;
    try {
      detail = job.run();
    } catch (RuntimeException e) {
      outcome = "failed";
      detail = String.valueOf(e);
      LOG.log(Level.WARNING, "Cluster job " + job.name() + " failed", e);
    }
    long finished = clock.millis();
    long next = finished + everyMillis(job);
    JobRun run = new JobRun(job.name(), holder(), now, finished, outcome, detail);
    if (!leases.finish(job.name(), holder(), next, run)) {
      LOG.warning(
          () -> "Cluster job " + job.name() + " outlived its lease; greenmine.jobs.lease-millis");
    }
  }

  long everyMillis(ClusterJob job) {
    return config
        .getOptionalValue("greenmine.jobs." + job.name() + ".every-seconds", Long.class)
        .map(TimeUnit.SECONDS::toMillis)
        .orElse(job.every().toMillis());
  }
}
