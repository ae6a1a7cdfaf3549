package dev.preflight.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load driver: each worker sends a request on its own keep-alive connection, waits
 * for the whole response, and sends the next. A run is bounded by time (warm-up + measured phase)
 * and by count, and stops by itself.
 */
final class LoadDriver {
  /** How long after the planned end a straggler may take before the run is given up on. */
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final int threads;

  LoadDriver(int threads) {
    this.threads = threads;
  }

  /** The raw outcome of one run: its workers, to be read once their threads have ended. */
  record Run(long measureFrom, Duration measure, List<Worker> workers, long cpuNanos) {}

  /**
   * Drives {@code target} for {@code warmup}, then measures for {@code measure} at most {@code
   * maxRequests} requests.
   */
  Run run(Target target, Duration warmup, Duration measure, int maxRequests)
      throws InterruptedException {
    CountDownLatch connected = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Worker> workers = new ArrayList<>();
    List<Thread> running = new ArrayList<>();
    AtomicLong cpuAtMeasureStart = new AtomicLong(Long.MIN_VALUE);
    for (int i = 0; i < threads; i++) {
      int offset = (int) ((long) i * target.requests().length / threads);
      Worker worker =
          new Worker(
              target,
              offset,
              warmup,
              measure,
              maxRequests / threads,
              connected,
              go,
              cpuAtMeasureStart);
      Thread thread = new Thread(worker, "bench-" + target.name() + "-" + i);
      thread.setDaemon(true);
      workers.add(worker);
      running.add(thread);
      thread.start();
    }
    // Every connection is open before the clock starts, so connecting is never measured.
    connected.await(30, TimeUnit.SECONDS);
    long startAt = System.nanoTime();
    workers.forEach(w -> w.startAt(startAt));
    go.countDown();
    long measureFrom = startAt + warmup.toNanos();
    long giveUpAt = measureFrom + measure.toNanos() + GRACE_NANOS;
    for (Thread thread : running) {
      TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, giveUpAt - System.nanoTime()));
      if (thread.isAlive()) {
        // Its socket's read timeout ends it soon; Result counts an unfinished worker as an error.
        thread.interrupt();
      }
    }
    long cpuStart = cpuAtMeasureStart.get();
    long cpuNanos = cpuStart < 0 ? -1 : ProcessCpu.nanos() - cpuStart;
    return new Run(measureFrom, measure, workers, cpuNanos);
  }
}
