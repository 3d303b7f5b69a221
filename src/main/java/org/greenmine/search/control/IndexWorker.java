package org.greenmine.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greenmine.platform.control.OutboxWorker;
import org.greenmine.platform.control.RetryPolicy;
import org.greenmine.search.control.IndexOutbox.Claim;
import org.greenmine.search.control.IndexOutbox.ClaimedTask;

/**
 * Drains the index outbox: claims a batch, asks the source for each item's current document, sends
 * upserts and deletions to the index in one request and removes the tasks. When the index is down
 * the batch goes back untouched and the worker waits, doubling the wait up to a limit; when the
 * index refuses a batch, the items are sent one by one so only the faulty one counts a failure.
 */
@ApplicationScoped
public class IndexWorker extends OutboxWorker {
  private static final Logger LOG = Logger.getLogger(IndexWorker.class.getName());

  @Inject IndexOutbox outbox;
  @Inject IndexSource source;
  @Inject SearchIndex index;
  @Inject IndexMaintenance maintenance;

  @Inject
  @ConfigProperty(name = "greenmine.index.poll-millis", defaultValue = "500")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "greenmine.index.batch-size", defaultValue = "200")
  int batchSize;

  @Inject
  @ConfigProperty(name = "greenmine.index.lease-millis", defaultValue = "60000")
  long leaseMillis;

  RetryPolicy policy = RetryPolicy.DEFAULT;

  @Inject IndexSettings settings;

  @PostConstruct
  void configure() {
    policy = settings.retryPolicy();
  }

  private volatile boolean reconcilePending;

  @Override
  protected long pollMillis() {
    return pollMillis;
  }

  /** Starts draining; with {@code reconcileFirst}, compares index and database before that. */
  public void start(boolean reconcileFirst) {
    reconcilePending = reconcileFirst;
    enable();
  }

  public void start() {
    start(false);
  }

  @Override
  protected void beforeRound() {
    if (reconcilePending) {
      reconcilePending = false;
      maintenance.reconcileNow();
    }
  }

  /** Processes one batch; returns how many tasks it settled (0 when idle or paused). */
  @Override
  protected int drainBatch() {
    Claim claim = outbox.claim(batchSize, leaseMillis);
    if (claim.isEmpty()) {
      return 0;
    }
    Map<String, List<ClaimedTask>> byKey = new LinkedHashMap<>();
    claim
        .tasks()
        .forEach(t -> byKey.computeIfAbsent(t.documentKey(), k -> new ArrayList<>()).add(t));

    Map<String, IndexDocument> upserts = new LinkedHashMap<>();
    List<String> deletions = new ArrayList<>();
    Map<ClaimedTask, String> failures = new HashMap<>();
    for (String key : byKey.keySet()) {
      try {
        source
            .document(key)
            .ifPresentOrElse(document -> upserts.put(key, document), () -> deletions.add(key));
      } catch (RuntimeException e) {
        byKey.get(key).forEach(t -> failures.put(t, "cannot read the item: " + e));
      }
    }
    try {
      index.apply(List.copyOf(upserts.values()), deletions);
      settle(claim, byKey, failures);
    } catch (SearchUnavailable e) {
      pauseAfterOutage(claim, e);
      return 0;
    } catch (DocumentRejected rejected) {
      for (String key : byKey.keySet()) {
        if (!upserts.containsKey(key) && !deletions.contains(key)) {
          continue;
        }
        try {
          index.apply(
              upserts.containsKey(key) ? List.of(upserts.get(key)) : List.of(),
              upserts.containsKey(key) ? List.of() : List.of(key));
        } catch (DocumentRejected e) {
          byKey.get(key).forEach(t -> failures.put(t, "refused by the index: " + e.getMessage()));
        } catch (SearchUnavailable e) {
          outbox.failed(claim.token(), failures);
          pauseAfterOutage(claim, e);
          return 0;
        }
      }
      settle(claim, byKey, failures);
    }
    reached();
    return claim.tasks().size();
  }

  private void settle(
      Claim claim, Map<String, List<ClaimedTask>> byKey, Map<ClaimedTask, String> failures) {
    if (!failures.isEmpty()) {
      LOG.warning(() -> failures.size() + " index task(s) failed: " + failures.values());
      outbox.failed(claim.token(), failures);
    }
    List<Long> sent =
        byKey.values().stream()
            .flatMap(List::stream)
            .filter(t -> !failures.containsKey(t))
            .map(ClaimedTask::id)
            .toList();
    outbox.done(claim.token(), sent);
    countSent(sent.size());
  }

  private void pauseAfterOutage(Claim claim, SearchUnavailable e) {
    outbox.release(claim.token());
    long wait = pauseAfterOutage(policy);
    LOG.warning(
        () ->
            "Search index unreachable ("
                + e.getCause()
                + "); "
                + claim.tasks().size()
                + " change(s) wait in the outbox, next try in "
                + wait
                + " ms");
  }
}
