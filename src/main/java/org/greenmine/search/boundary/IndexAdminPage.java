package org.greenmine.search.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.search.control.IndexMaintenance;
import org.greenmine.search.control.IndexOutbox;
import org.greenmine.search.control.SearchUnavailable;
import org.greenmine.search.entity.IndexTask;

/** The administrator's index page: the queue, parked tasks, rebuild with progress, reconcile. */
@Named
@ViewScoped
public class IndexAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHOWN_KEYS = 20;

  @Inject IndexAdministration administration;

  private IndexMaintenance.Reconciliation reconciliation;
  private IndexOutbox.QueueState queue;
  private long oldestAgeSeconds;
  private Instant outageSince;
  private List<IndexTask> parked = List.of();

  /** Reads the queue once for the page (on opening and after each action that changes it). */
  public void refresh() {
    queue = administration.queue();
    oldestAgeSeconds =
        queue.oldestEnqueuedAt() == 0
            ? 0
            : Duration.between(Instant.ofEpochMilli(queue.oldestEnqueuedAt()), Instant.now())
                .toSeconds();
    outageSince = administration.outageSince();
    parked = queue.parked() == 0 ? List.of() : administration.parked();
  }

  public IndexOutbox.QueueState getQueue() {
    return queue;
  }

  /** Seconds the oldest waiting change has waited, 0 when nothing waits. */
  public long getOldestAgeSeconds() {
    return oldestAgeSeconds;
  }

  public Instant getOutageSince() {
    return outageSince;
  }

  public List<IndexTask> getParked() {
    return parked;
  }

  public void retryParked() {
    PageMessages.info("index.parked.retried", administration.retryParked());
    refresh();
  }

  public IndexMaintenance.Progress getProgress() {
    return administration.progress();
  }

  public void rebuild() {
    if (administration.startRebuild()) {
      PageMessages.info("index.rebuild.started");
    } else {
      PageMessages.error("index.rebuild.running");
    }
  }

  public void compare() {
    try {
      reconciliation = administration.compare();
    } catch (SearchUnavailable e) {
      reconciliation = null;
      PageMessages.error("search.unavailable");
    }
  }

  public void repair() {
    if (reconciliation != null) {
      PageMessages.info("index.reconcile.queued", administration.repair(reconciliation));
      reconciliation = null;
      refresh();
    }
  }

  public IndexMaintenance.Reconciliation getReconciliation() {
    return reconciliation;
  }

  public List<String> sample(List<String> keys) {
    return keys.size() <= SHOWN_KEYS ? keys : keys.subList(0, SHOWN_KEYS);
  }
}
