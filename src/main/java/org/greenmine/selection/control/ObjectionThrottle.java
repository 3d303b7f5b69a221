package org.greenmine.selection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.PortalClock;

/**
 * Keeps a flood of objections out: at most {@link #PER_HOUR} from one client address in any hour.
 * Objections need no login, so the address is all there is to count by.
 */
@ApplicationScoped
public class ObjectionThrottle {
  static final int PER_HOUR = 5;
  private static final Duration WINDOW = Duration.ofHours(1);

  @Inject PortalClock time;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  /** Counts one objection from this address, or refuses it when the hour's allowance is used. */
  public void admit(String address) {
    Instant now = time.now();
    Deque<Instant> times =
        recent.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.removeFirst();
      }
      if (times.size() >= PER_HOUR) {
        throw new InvalidInput("selection.objection.throttled", PER_HOUR);
      }
      times.addLast(now);
    }
  }
}
