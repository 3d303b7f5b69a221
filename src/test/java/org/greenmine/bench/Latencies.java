package org.greenmine.bench;

import java.util.Arrays;
import java.util.Locale;

/** Response times of one kind of call, in nanoseconds; percentiles by the nearest-rank method. */
final class Latencies {
  private long[] nanos = new long[64];
  private int size;

  void add(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  int count() {
    return size;
  }

  /** The percentile {@code p} (0–100) in milliseconds. */
  double millis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
  }

  double p50() {
    return millis(50);
  }

  double p95() {
    return millis(95);
  }

  double p99() {
    return millis(99);
  }

  double max() {
    return millis(100);
  }

  static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }
}
