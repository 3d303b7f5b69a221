package org.greenmine.alerts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greenmine.jobs.control.ClusterJob;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.search.control.IndexWorker;
import org.greenmine.search.control.SearchUnavailable;

/**
 * Hourly, once in the cluster: every member with saved searches due gets one mail listing, for each
 * of them, what was published since its last digest, and nothing when nothing was. Each member's
 * digest is one transaction: the mail is written and the searches move on together, or neither (the
 * search engine down: they are tried at the next run).
 */
@ApplicationScoped
public class DigestJob implements ClusterJob {
  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

  @Inject Digests digests;
  @Inject PortalClock time;
  @Inject IndexWorker indexWorker;

  /**
   * How long a publication may take to reach the index: a digest covers items published up to this
   * long ago, so an item still on its way is taken by the next digest instead of being missed.
   */
  @Inject
  @ConfigProperty(name = "greenmine.alerts.settle-seconds", defaultValue = "120")
  long settleSeconds;

  @Override
  public String name() {
    return "search-digests";
  }

  @Override
  public Duration every() {
    return Duration.ofHours(1);
  }

  @Override
  public String run() {
    if (indexWorker.outageSince() != null) {
      return "search index unreachable: digests wait for the next run";
    }
    long now = time.now().toEpochMilli();
    long coveredUntil = System.currentTimeMillis() - Duration.ofSeconds(settleSeconds).toMillis();
    Map<String, List<Long>> dueByOwner = new TreeMap<>();
    for (Digests.Due due : digests.due(now)) {
      dueByOwner.computeIfAbsent(due.owner(), o -> new java.util.ArrayList<>()).add(due.id());
    }
    int mailed = 0;
    int quiet = 0;
    int waiting = 0;
    for (Map.Entry<String, List<Long>> owner : dueByOwner.entrySet()) {
      try {
        if (digests.deliver(owner.getKey(), owner.getValue(), now, coveredUntil)) {
          mailed++;
        } else {
          quiet++;
        }
      } catch (SearchUnavailable e) {
        waiting++;
        LOG.log(Level.WARNING, "Search unavailable: digests wait for the next run", e.getCause());
        break;
      } catch (RuntimeException e) {
        waiting++;
        LOG.log(Level.WARNING, "Digest of " + owner.getKey() + " failed", e);
      }
    }
    return "members due: "
        + dueByOwner.size()
        + ", digests mailed: "
        + mailed
        + ", nothing new: "
        + quiet
        + ", waiting: "
        + waiting;
  }
}
