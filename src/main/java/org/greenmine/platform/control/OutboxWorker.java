package org.greenmine.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the workers draining an outbox (the search index's, the mail's) share: rounds on the managed
 * scheduler, one at a time, idle until started; a round drains batches while there are any; when
 * the receiving server is found down the worker pauses, longer after each failure in a row (the
 * worker's {@link RetryPolicy}), until a batch goes through again.
 */
public abstract class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  protected Clock clock = Clock.systemUTC();

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicLong sent = new AtomicLong();
  private volatile boolean enabled;
  private volatile long pausedUntil;
  private volatile int outages;
  private volatile Instant lastOutage;
  private ScheduledFuture<?> schedule;

  /** How long a worker waits between rounds when idle. */
  protected abstract long pollMillis();

  /** Settles one batch; returns how many items it settled (0 when idle or the server is down). */
  protected abstract int drainBatch();

  /** Work a round does before its batches. */
  protected void beforeRound() {}

  /**
   * Scheduled when the application starts, outside any EJB call (a task scheduled from inside one
   * makes the executor log errors each time it resets the context); it idles until {@link #enable}.
   */
  synchronized void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (schedule == null) {
      long poll = pollMillis();
      schedule = scheduler.scheduleWithFixedDelay(this::drain, poll, poll, TimeUnit.MILLISECONDS);
    }
  }

  protected void enable() {
    enabled = true;
  }

  /** Stops draining and waits for a batch in progress to finish. */
  public void stop() {
    enabled = false;
    while (draining.get()) {
      Thread.onSpinWait();
    }
  }

  @PreDestroy
  synchronized void cancel() {
    enabled = false;
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  /** How many items this instance has sent since it started. */
  public long sentSinceStart() {
    return sent.get();
  }

  /** The time of the last failed attempt to reach the server, while it is still failing. */
  public Instant outageSince() {
    return outages > 0 ? lastOutage : null;
  }

  protected void countSent(int items) {
    sent.addAndGet(items);
  }

  /** A batch went through: the next outage starts again from the shortest pause. */
  protected void reached() {
    outages = 0;
  }

  /** The server is down: pauses the rounds and returns for how many milliseconds. */
  protected long pauseAfterOutage(RetryPolicy policy) {
    int failures = ++outages;
    lastOutage = clock.instant();
    long wait = policy.delayAfter(failures).toMillis();
    pausedUntil = clock.millis() + wait;
    return wait;
  }

  void drain() {
    if (!enabled || clock.millis() < pausedUntil || !draining.compareAndSet(false, true)) {
      return;
    }
    try {
      beforeRound();
      while (drainBatch() > 0) {
        // keep going while there is work and the server takes it
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, getClass().getSimpleName() + " round failed", e);
    } finally {
      draining.set(false);
    }
  }
}
