package org.greenmine.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.greenmine.search.control.IndexMaintenance;
import org.greenmine.search.control.IndexOutbox;
import org.greenmine.search.control.IndexWorker;
import org.greenmine.search.entity.IndexTask;

/** What an administrator may do to the search index; the role is checked here, on the server. */
@Stateless
@RolesAllowed("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexAdministration {
  @Inject IndexOutbox outbox;
  @Inject IndexMaintenance maintenance;
  @Inject IndexWorker worker;

  public IndexOutbox.QueueState queue() {
    return outbox.state();
  }

  public List<IndexTask> parked() {
    return outbox.parked(100);
  }

  public int retryParked() {
    return outbox.retryParked();
  }

  public boolean startRebuild() {
    return maintenance.startRebuild();
  }

  public IndexMaintenance.Progress progress() {
    return maintenance.progress();
  }

  public IndexMaintenance.Reconciliation compare() {
    return maintenance.compare();
  }

  public int repair(IndexMaintenance.Reconciliation reconciliation) {
    return maintenance.repair(reconciliation);
  }

  public java.time.Instant outageSince() {
    return worker.outageSince();
  }
}
