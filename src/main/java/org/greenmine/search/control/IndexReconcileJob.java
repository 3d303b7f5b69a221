package org.greenmine.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.greenmine.jobs.control.ClusterJob;
import org.greenmine.search.control.IndexMaintenance.Reconciliation;

/**
 * Compares the index with the database now and then and queues every difference, so an index that
 * lost documents (a restored Solr, a node replaced) heals without an administrator noticing first.
 */
@ApplicationScoped
public class IndexReconcileJob implements ClusterJob {
  @Inject IndexMaintenance maintenance;

  @Override
  public String name() {
    return "index-reconcile";
  }

  @Override
  public Duration every() {
    return Duration.ofHours(6);
  }

  @Override
  public String run() {
    try {
      Reconciliation found = maintenance.compare();
      int queued = maintenance.repair(found);
      return "missing %d, stale %d, extra %d; queued %d"
          .formatted(found.missing().size(), found.stale().size(), found.extra().size(), queued);
    } catch (SearchUnavailable e) {
      return "search engine unavailable; nothing compared";
    }
  }
}
