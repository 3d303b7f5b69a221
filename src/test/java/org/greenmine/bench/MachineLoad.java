package org.greenmine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of the machine the benchmark had: CPU used by every process (Linux {@code /proc/stat})
 * minus CPU used by the benchmark's own processes, per phase. Other work on a 2-core machine (a
 * test suite, a build) shows up here and explains figures that are off.
 */
final class MachineLoad {
  private static final Path STAT = Path.of("/proc/stat");
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private final List<ProcessHandle> ours = new ArrayList<>();
  private final List<String> phases = new ArrayList<>();

  MachineLoad() {
    ours.add(ProcessHandle.current());
  }

  void include(ProcessHandle process) {
    ours.add(process);
  }

  /** A reading to pass to {@link #end}. */
  Mark start() {
    return new Mark(System.nanoTime(), systemBusySeconds(), ourSeconds());
  }

  /** Records the phase; returns the cores other processes used meanwhile (NaN if unknown). */
  double end(String phase, Mark mark) {
    double wall = (System.nanoTime() - mark.nanos()) / 1e9;
    double system = systemBusySeconds() - mark.systemBusy();
    double own = ourSeconds() - mark.ours();
    if (wall <= 0 || mark.systemBusy() < 0) {
      return Double.NaN;
    }
    double others = Math.max(0, (system - own) / wall);
    phases.add(
        String.format(
            Locale.ROOT,
            "%s: benchmark %.2f cores, other processes %.2f cores",
            phase,
            own / wall,
            others));
    return others;
  }

  /**
   * Waits until other processes use less than {@code maxOtherCores} over a short window, at most
   * {@code limit}; returns the time waited, or null when the machine never got that quiet.
   */
  Duration awaitQuiet(double maxOtherCores, Duration limit) throws InterruptedException {
    long start = System.nanoTime();
    while (true) {
      Mark mark = start();
      Thread.sleep(3000);
      double wall = (System.nanoTime() - mark.nanos()) / 1e9;
      double others =
          (systemBusySeconds() - mark.systemBusy() - (ourSeconds() - mark.ours())) / wall;
      Duration waited = Duration.ofNanos(System.nanoTime() - start);
      if (mark.systemBusy() < 0 || others < maxOtherCores) {
        return waited;
      }
      if (waited.compareTo(limit) >= 0) {
        return null;
      }
    }
  }

  /** CPU seconds the process has used so far (0 when unknown). */
  static double cpuSeconds(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
  }

  List<String> phases() {
    return phases;
  }

  record Mark(long nanos, double systemBusy, double ours) {}

  private double ourSeconds() {
    double seconds = 0;
    for (ProcessHandle process : ours) {
      seconds += process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }
    return seconds;
  }

  /** CPU seconds all processes have used since boot (user, nice, system, irq, softirq, steal). */
  private static double systemBusySeconds() {
    try {
      String[] cpu = Files.readAllLines(STAT).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(cpu[i]);
      }
      return busy / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The 1-minute load average of the machine. */
  static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
