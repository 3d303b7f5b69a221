package org.greenmine.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.greenmine.notify.control.MailOutbox.ClaimedMail;
import org.greenmine.platform.control.OutboxWorker;
import org.greenmine.platform.control.RetryPolicy;

/**
 * Drains the mail outbox: claims a batch, sends the mails one by one and records each at once. When
 * the mail server cannot be reached, the mail and the rest of the batch wait (each records the
 * error and its try) and the worker pauses, doubling the pause up to a limit; a mail the server
 * refuses is retried with backoff and finally failed for an administrator to see. Nothing here runs
 * inside the transaction of the action that wrote the mail.
 */
@ApplicationScoped
public class MailWorker extends OutboxWorker {
  private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

  @Inject MailOutbox outbox;
  @Inject MailSender sender;
  @Inject MailSettings settings;

  RetryPolicy policy = RetryPolicy.DEFAULT;

  private volatile String lastOutageError;

  @PostConstruct
  void configure() {
    policy = settings.retryPolicy();
  }

  @Override
  protected long pollMillis() {
    return settings.pollMillis();
  }

  /** Called once the schema is migrated. */
  public void start() {
    enable();
    LOG.info(() -> "Mail worker started, greenmine.mail.mode=" + sender.mode());
  }

  public String lastOutageError() {
    return outageSince() != null ? lastOutageError : null;
  }

  /** Sends one batch; returns how many mails it settled (0 when idle or the server is down). */
  @Override
  protected int drainBatch() {
    List<ClaimedMail> batch = outbox.claim(settings.batchSize(), settings.leaseMillis());
    int settled = 0;
    for (int i = 0; i < batch.size(); i++) {
      ClaimedMail claimed = batch.get(i);
      try {
        sender.send(claimed);
        outbox.sent(claimed);
        countSent(1);
        reached();
        settled++;
      } catch (MailRefused e) {
        LOG.warning(() -> "Mail " + claimed.id() + " refused: " + e.getMessage());
        outbox.refused(claimed, e.getMessage());
        settled++;
      } catch (MailUnavailable e) {
        lastOutageError = e.getMessage();
        long wait = pauseAfterOutage(policy);
        List<ClaimedMail> waiting = batch.subList(i, batch.size());
        for (ClaimedMail mail : waiting) {
          outbox.deferred(mail, e.getMessage(), wait);
        }
        LOG.warning(
            () ->
                e.getMessage()
                    + "; "
                    + waiting.size()
                    + " mail(s) of this batch wait in the outbox, next try in "
                    + wait
                    + " ms");
        return 0;
      }
    }
    return settled;
  }
}
