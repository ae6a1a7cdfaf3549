package dev.preflight.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection's closed loop. Latencies go into a preallocated array of its own, so the measured
 * loop neither allocates nor shares anything with other workers; the driver reads the fields only
 * after the thread has ended.
 */
final class Worker implements Runnable {
  private static final long SECOND = 1_000_000_000L;

  private final Target target;

  /** Where in the target's requests this worker starts, so that workers spread over them. */
  private final int offset;

  private final long warmupNanos;
  private final long measureNanos;
  private final CountDownLatch connected;
  private final CountDownLatch go;
  private volatile long startAt;

  /** The JVM's CPU time when the first worker entered the measured phase; shared by all. */
  private final AtomicLong cpuAtMeasureStart;

  final long[] latencies;

  /** Completions per second of the measured phase: shows whether throughput held steady. */
  final int[] perSecond;

  int count;
  long errors;
  String firstError;
  long lastEnd;
  int lastBodyLength;
  volatile boolean finished;

  Worker(
      Target target,
      int offset,
      Duration warmup,
      Duration measure,
      int maxRequests,
      CountDownLatch connected,
      CountDownLatch go,
      AtomicLong cpuAtMeasureStart) {
    this.target = target;
    this.cpuAtMeasureStart = cpuAtMeasureStart;
    this.offset = offset;
    this.warmupNanos = warmup.toNanos();
    this.measureNanos = measure.toNanos();
    this.connected = connected;
    this.go = go;
    this.latencies = new long[maxRequests];
    // One slot per started second, plus one for completions that run past the end.
    this.perSecond = new int[(int) ((measureNanos + SECOND - 1) / SECOND) + 1];
  }

  void startAt(long nanos) {
    startAt = nanos;
  }

  @Override
  public void run() {
    HttpConnection connection;
    try {
      connection = new HttpConnection(target.address());
    } catch (IOException e) {
      error("connect: " + e);
      connected.countDown();
      finished = true;
      return;
    }
    connected.countDown();
    try (connection) {
      go.await();
      loop(connection);
    } catch (IOException e) {
      error(e.toString());
    } catch (InterruptedException e) {
      error("interrupted: did not finish in time");
      Thread.currentThread().interrupt();
    }
    finished = true;
  }

  private void loop(HttpConnection connection) throws IOException {
    byte[][] requests = target.requests();
    byte[] okPrefix = target.okBodyPrefix();
    int next = offset % requests.length;
    long measureFrom = startAt + warmupNanos;
    long measureUntil = measureFrom + measureNanos;
    int lastSlot = perSecond.length - 1;
    boolean measuring = false;
    while (count < latencies.length) {
      long start = System.nanoTime();
      if (start - measureUntil >= 0) {
        return;
      }
      if (!measuring && start - measureFrom >= 0) {
        measuring = true;
        cpuAtMeasureStart.compareAndSet(Long.MIN_VALUE, ProcessCpu.nanos());
        start = System.nanoTime();
      }
      int status = connection.exchange(requests[next]);
      long end = System.nanoTime();
      next = next + 1 == requests.length ? 0 : next + 1;
      if (status != 200 || !connection.bodyStartsWith(okPrefix)) {
        error("HTTP " + status + ", body of " + connection.bodyLength() + " bytes");
      }
      if (start - measureFrom >= 0) {
        latencies[count++] = end - start;
        perSecond[(int) Math.min(lastSlot, (end - measureFrom) / SECOND)]++;
        lastEnd = end;
        lastBodyLength = connection.bodyLength();
      }
    }
  }

  private void error(String what) {
    if (firstError == null) {
      firstError = what;
    }
    errors++;
  }
}
