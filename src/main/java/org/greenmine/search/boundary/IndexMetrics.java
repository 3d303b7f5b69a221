package org.greenmine.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.greenmine.search.control.IndexOutbox;
import org.greenmine.search.control.IndexWorker;

/**
 * The index queue in {@code /metrics}: how many changes wait, how many are parked, and how long the
 * oldest has waited — an alert on the last one catches a Solr that stays away.
 */
@ApplicationScoped
public class IndexMetrics {
  @Inject IndexOutbox outbox;
  @Inject IndexWorker worker;

  private volatile IndexOutbox.QueueState lastState;
  private volatile long lastRead;

  /** One query per scrape for the three gauges, not one each. */
  private IndexOutbox.QueueState queue() {
    long now = System.currentTimeMillis();
    IndexOutbox.QueueState state = lastState;
    if (state == null || now - lastRead > 1000) {
      state = outbox.state();
      lastState = state;
      lastRead = now;
    }
    return state;
  }

  /** Created with the application, so that the gauges are registered from the start. */
  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // nothing to do: observing makes the container create the bean
  }

  @Gauge(
      name = "greenmine_index_queue_pending",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "Changes waiting to reach the search index")
  public long pending() {
    return queue().pending();
  }

  @Gauge(
      name = "greenmine_index_queue_parked",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "Changes parked after repeated failures, waiting for an administrator")
  public long parked() {
    return queue().parked();
  }

  @Gauge(
      name = "greenmine_index_queue_oldest_age",
      absolute = true,
      unit = MetricUnits.SECONDS,
      description = "How long the oldest waiting change has waited")
  public long oldestAge() {
    long oldest = queue().oldestEnqueuedAt();
    return oldest == 0
        ? 0
        : Duration.between(Instant.ofEpochMilli(oldest), Instant.now()).toSeconds();
  }

  @Gauge(
      name = "greenmine_index_tasks_sent",
      absolute = true,
      unit = MetricUnits.NONE,
      description = "Index tasks this instance has sent to the search engine since it started")
  public long sent() {
    return worker.sentSinceStart();
  }
}
