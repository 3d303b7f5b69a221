package org.greenmine.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenmine.platform.control.RetryPolicy;
import org.greenmine.search.entity.IndexTask;
import org.greenmine.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The index outbox inside the deployed portal, on its real database and a real Solr. The portal's
 * own worker is paused during each test, so the test's workers are the only ones draining.
 */
@ExtendWith(ArquillianExtension.class)
class IndexOutboxIT {
  /** As arquillian.xml configures the deployed portal (greenmine.index.*). */
  static final RetryPolicy TEST_POLICY =
      new RetryPolicy(java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(2), 3);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(IndexOutboxIT.class, RecordingOutbox.class);
  }

  @Inject IndexOutbox outbox;
  @Inject IndexWorker portalWorker;
  @Inject IndexSource source;
  @Inject SearchIndex index;
  @Inject UserTransaction transaction;

  @BeforeEach
  void pauseThePortalsWorker() throws Exception {
    for (int i = 0; i < 120 && outbox.state().pending() > 0; i++) {
      Thread.sleep(250);
    }
    portalWorker.stop();
  }

  @AfterEach
  void resumeIt() {
    outbox.retryParked();
    portalWorker.start();
  }

  private IndexWorker worker(IndexOutbox queue, IndexSource from) {
    IndexWorker worker = new IndexWorker();
    worker.outbox = queue;
    worker.source = from;
    worker.index = index;
    worker.batchSize = 200;
    worker.leaseMillis = 60_000;
    worker.policy = TEST_POLICY;
    return worker;
  }

  @Test
  void aTaskCommitsOrRollsBackWithTheChangeThatWroteIt() throws Exception {
    long before = outbox.state().pending();
    transaction.begin();
    outbox.enqueue("news-999999");
    transaction.rollback();
    assertEquals(before, outbox.state().pending(), "rolled back with its transaction");

    transaction.begin();
    outbox.enqueue("news-999999");
    transaction.commit();
    assertEquals(before + 1, outbox.state().pending());

    // an item that does not exist (any more) is deleted from the index, and the task is done
    assertEquals(1, worker(outbox, source).drainBatch());
    assertEquals(before, outbox.state().pending());
  }

  @Test
  void anItemTheIndexRefusesIsRetriedThenParkedWhileTheOthersGoThrough() throws Exception {
    String good = source.publishedStamps().keySet().iterator().next();
    IndexSource poisoned =
        new IndexSource() {
          @Override
          public Optional<IndexDocument> document(String key) {
            if (key.startsWith("bad-")) {
              // a year that is not a number: Solr answers 400 for this document
              return Optional.of(
                  new IndexDocument(
                      key,
                      "news",
                      "/news/" + key,
                      "坏",
                      "bad",
                      "",
                      "",
                      Map.of("year", List.of("not-a-year"))));
            }
            return source.document(key);
          }

          @Override
          public Batch publishedAfter(long afterPosition, int size) {
            return source.publishedAfter(afterPosition, size);
          }

          @Override
          public long publishedCount() {
            return source.publishedCount();
          }

          @Override
          public Map<String, String> publishedStamps() {
            return source.publishedStamps();
          }
        };
    outbox.enqueueAll(List.of("bad-1", good));
    IndexWorker worker = worker(outbox, poisoned);

    assertEquals(2, worker.drainBatch());
    assertEquals(1, outbox.state().pending(), "the good item went through, the bad one waits");
    for (int i = 0; i < 40 && outbox.state().parked() == 0; i++) {
      Thread.sleep(250);
      worker.drainBatch();
    }
    List<IndexTask> parked = outbox.parked(10);
    assertEquals(1, parked.size());
    assertEquals("bad-1", parked.get(0).getDocumentKey());
    assertEquals(TEST_POLICY.parkAfter(), parked.get(0).getAttempts());
    assertTrue(parked.get(0).getLastError().contains("not-a-year"), parked.get(0).getLastError());

    assertEquals(1, outbox.retryParked());
    assertEquals(0, outbox.state().parked());
    assertEquals(1, outbox.state().pending());
  }

  @Test
  void twoWorkersDrainThousandsOfTasksEachExactlyOnce() throws Exception {
    List<String> keys = new ArrayList<>(source.publishedStamps().keySet());
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      tasks.add(keys.get(i % keys.size()));
    }
    long before = outbox.state().pending();
    outbox.enqueueAll(tasks);
    assertEquals(before + 3000, outbox.state().pending());

    RecordingOutbox recorded = new RecordingOutbox(outbox);
    AtomicInteger failedRounds = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      IndexWorker worker = worker(recorded, source);
      worker.batchSize = 100;
      running.add(
          threads.submit(
              () -> {
                int idle = 0;
                while (idle < 3) {
                  try {
                    idle = worker.drainBatch() == 0 ? idle + 1 : 0;
                  } catch (RuntimeException e) {
                    failedRounds.incrementAndGet(); // a claim lost a race: the next round retries
                  }
                }
                return null;
              }));
    }
    for (Future<?> done : running) {
      done.get();
    }
    threads.shutdown();

    List<Long> claimed = new ArrayList<>(recorded.claimed);
    Set<Long> distinct = new HashSet<>(claimed);
    assertEquals(claimed.size(), distinct.size(), "no task was claimed twice");
    assertTrue(distinct.size() >= 3000, "every task was claimed: " + distinct.size());
    assertEquals(0, outbox.state().pending(), "and every task is done");
    assertTrue(recorded.workers.size() == 2, "both workers took part: " + recorded.workers);
    System.out.println("two workers: " + claimed.size() + " claims, " + failedRounds + " retries");
  }

  /** The real outbox, with a record of which tasks were claimed and by which thread. */
  static class RecordingOutbox extends IndexOutbox {
    final IndexOutbox real;
    final ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
    final Set<String> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    RecordingOutbox(IndexOutbox real) {
      this.real = real;
    }

    @Override
    public Claim claim(int max, long leaseMillis) {
      Claim claim = real.claim(max, leaseMillis);
      if (!claim.isEmpty()) {
        workers.add(Thread.currentThread().getName());
      }
      claim.tasks().forEach(t -> claimed.add(t.id()));
      return claim;
    }

    @Override
    public void done(String token, java.util.Collection<Long> ids) {
      real.done(token, ids);
    }

    @Override
    public void release(String token) {
      real.release(token);
    }

    @Override
    public void failed(String token, Map<ClaimedTask, String> errors) {
      real.failed(token, errors);
    }
  }
}
