package org.greenmine.notify.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.greenmine.notify.control.MailOutbox;
import org.greenmine.notify.control.MailSettings;
import org.greenmine.notify.control.MailWorker;
import org.greenmine.notify.entity.MailMessage;

/** What an administrator may see and do with the mail outbox; the role is checked here. */
@Stateless
@RolesAllowed("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailAdministration {
  @Inject MailOutbox outbox;
  @Inject MailWorker worker;
  @Inject MailSettings settings;

  public List<MailMessage> recent(int max) {
    return outbox.recent(Math.max(1, Math.min(max, 500)));
  }

  public MailOutbox.Counts counts() {
    return outbox.counts();
  }

  public int retryFailed() {
    return outbox.retryFailed();
  }

  public MailSettings.Mode mode() {
    return settings.mode();
  }

  public Instant outageSince() {
    return worker.outageSince();
  }

  public String outageError() {
    return worker.lastOutageError();
  }
}
