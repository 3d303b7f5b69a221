package org.greenmine.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenmine.notify.control.MailOutbox.ClaimedMail;
import org.greenmine.search.control.RetryPolicy;

/**
 * Drains the mail outbox: claims a batch, sends the mails one by one and records each at once. When
 * the mail server cannot be reached, the mail and the rest of the batch wait (each records the
 * error and its try) and the worker pauses, doubling the pause up to a limit; a mail the server
 * refuses is retried with backoff and finally failed for an administrator to see. Nothing here runs
 * inside the transaction of the action that wrote the mail.
 */
@ApplicationScoped
public class MailWorker {
  private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject MailOutbox outbox;
  @Inject MailSender sender;
  @Inject MailSettings settings;

  Clock clock = Clock.systemUTC();
  RetryPolicy policy = RetryPolicy.DEFAULT;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicLong sent = new AtomicLong();
  private volatile boolean enabled;
  private volatile long pausedUntil;
  private volatile int outages;
  private volatile Instant lastOutage;
  private volatile String lastOutageError;
  private ScheduledFuture<?> schedule;

  @PostConstruct
  void configure() {
    policy = settings.retryPolicy();
  }

  /** Scheduled when the application starts (outside any EJB call); idles until {@link #start}. */
  synchronized void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (schedule == null) {
      long poll = settings.pollMillis();
      schedule = scheduler.scheduleWithFixedDelay(this::drain, poll, poll, TimeUnit.MILLISECONDS);
    }
  }

  /** Called once the schema is migrated. */
  public void start() {
    enabled = true;
    LOG.info(() -> "Mail worker started, greenmine.mail.mode=" + sender.mode());
  }

  @PreDestroy
  synchronized void cancel() {
    enabled = false;
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  public long sentSinceStart() {
    return sent.get();
  }

  /** Since when the mail server has been failing, while it still is. */
  public Instant outageSince() {
    return outages > 0 ? lastOutage : null;
  }

  public String lastOutageError() {
    return outages > 0 ? lastOutageError : null;
  }

  void drain() {
    if (!enabled || clock.millis() < pausedUntil || !draining.compareAndSet(false, true)) {
      return;
    }
    try {
      while (drainBatch() > 0) {
        // keep going while there is mail and the server takes it
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail worker round failed", e);
    } finally {
      draining.set(false);
    }
  }

  /** Sends one batch; returns how many mails it settled (0 when idle or the server is down). */
  int drainBatch() {
    List<ClaimedMail> batch = outbox.claim(settings.batchSize(), settings.leaseMillis());
    int settled = 0;
    for (int i = 0; i < batch.size(); i++) {
      ClaimedMail claimed = batch.get(i);
      try {
        sender.send(claimed);
        outbox.sent(claimed);
        sent.incrementAndGet();
        outages = 0;
        settled++;
      } catch (MailRefused e) {
        LOG.warning(() -> "Mail " + claimed.id() + " refused: " + e.getMessage());
        outbox.refused(claimed, e.getMessage());
        settled++;
      } catch (MailUnavailable e) {
        int failures = ++outages;
        lastOutage = clock.instant();
        lastOutageError = e.getMessage();
        long wait = policy.delayAfter(failures).toMillis();
        pausedUntil = clock.millis() + wait;
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
