package org.greenmine.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The administrator's tools for the index. A rebuild streams everything published from the database
 * in batches, reading the next batch while up to two are being sent, over the live index (so search
 * keeps answering); a reconcile compares what the database publishes with what the index holds and
 * queues a task for every difference.
 */
@ApplicationScoped
public class IndexMaintenance {
  private static final Logger LOG = Logger.getLogger(IndexMaintenance.class.getName());
  static final int REBUILD_BATCH = 500;

  /** Solr indexes two requests at once on two cores; one more would only queue. */
  static final int SENDS_IN_FLIGHT = 2;

  @Resource ManagedExecutorService executor;
  @Inject IndexSource source;
  @Inject SearchIndex index;
  @Inject IndexOutbox outbox;

  private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);

  /** A rebuild's state: documents sent of the total, and how it ended. */
  public record Progress(
      boolean running, long done, long total, Instant startedAt, Instant endedAt, String error) {
    static final Progress IDLE = new Progress(false, 0, 0, null, null, null);

    public int percent() {
      return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    Progress advanced(long sent) {
      return new Progress(true, done + sent, total, startedAt, null, null);
    }
  }

  /** The differences between database and index, by key. */
  public record Reconciliation(List<String> missing, List<String> stale, List<String> extra)
      implements java.io.Serializable {
    public int differences() {
      return missing.size() + stale.size() + extra.size();
    }

    public List<String> all() {
      List<String> all = new ArrayList<>(missing);
      all.addAll(stale);
      all.addAll(extra);
      return all;
    }
  }

  public Progress progress() {
    return progress.get();
  }

  /** Starts a rebuild in the background; false when one is already running. */
  public boolean startRebuild() {
    Progress current = progress.get();
    if (current.running()) {
      return false;
    }
    Progress started = new Progress(true, 0, 0, Instant.now(), null, null);
    if (!progress.compareAndSet(current, started)) {
      return false;
    }
    executor.execute(this::rebuild);
    return true;
  }

  /** Runs a whole rebuild in the calling thread and returns the documents sent. */
  public long rebuild() {
    Instant startedAt =
        progress.get().startedAt() == null ? Instant.now() : progress.get().startedAt();
    try {
      long total = source.publishedCount();
      progress.set(new Progress(true, 0, total, startedAt, null, null));
      IndexSource.Batch batch = source.publishedAfter(0, REBUILD_BATCH);
      Deque<CompletableFuture<Void>> sending = new ArrayDeque<>();
      while (!batch.documents().isEmpty()) {
        List<IndexDocument> documents = batch.documents();
        if (sending.size() == SENDS_IN_FLIGHT) {
          sending.removeFirst().join();
        }
        sending.addLast(CompletableFuture.runAsync(() -> send(documents), executor));
        batch = source.publishedAfter(batch.lastPosition(), REBUILD_BATCH);
      }
      sending.forEach(CompletableFuture::join);
      // searchable now, so that the comparison sees the last batches as sent
      index.commit();
      // what the index holds beyond the database (deleted or unpublished meanwhile) is queued away
      repair(compare());
      Progress done = progress.get();
      progress.set(new Progress(false, done.done(), done.total(), startedAt, Instant.now(), null));
      return done.done();
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() instanceof SearchUnavailable ? e.getCause() : e;
      LOG.log(Level.WARNING, "Index rebuild failed", cause);
      Progress failed = progress.get();
      progress.set(
          new Progress(
              false,
              failed.done(),
              failed.total(),
              startedAt,
              Instant.now(),
              String.valueOf(cause.getMessage())));
      throw e;
    }
  }

  private void send(List<IndexDocument> documents) {
    index.apply(documents, List.of());
    progress.updateAndGet(p -> p.advanced(documents.size()));
  }

  public Reconciliation compare() {
    Map<String, String> published = source.publishedStamps();
    Map<String, String> indexed = index.stamps();
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    published.forEach(
        (key, stamp) -> {
          String held = indexed.get(key);
          if (held == null) {
            missing.add(key);
          } else if (!held.equals(stamp)) {
            stale.add(key);
          }
        });
    indexed.keySet().stream().filter(key -> !published.containsKey(key)).forEach(extra::add);
    return new Reconciliation(missing, stale, extra);
  }

  /** Queues every difference; the worker then sends or deletes each item. */
  public int repair(Reconciliation reconciliation) {
    List<String> keys = reconciliation.all();
    if (!keys.isEmpty()) {
      outbox.enqueueAll(keys);
    }
    return keys.size();
  }

  /** At start-up: repairs what an index lost or gained while the portal was away. */
  void reconcileNow() {
    try {
      Reconciliation found = compare();
      if (found.differences() > 0) {
        LOG.info(
            () ->
                "Index reconcile at start-up: "
                    + found.missing().size()
                    + " missing, "
                    + found.stale().size()
                    + " stale, "
                    + found.extra().size()
                    + " extra; queued");
        repair(found);
      }
    } catch (SearchUnavailable e) {
      LOG.info("Index reconcile at start-up skipped: search engine unavailable");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Index reconcile at start-up failed", e);
    }
  }
}
