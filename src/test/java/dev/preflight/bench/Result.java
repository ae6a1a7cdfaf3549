package dev.preflight.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one target did in its measured phase, over one or more runs.
 *
 * @param seconds summed over runs: from each measured phase's start to its last completion
 * @param roundThroughputs req/s of each run, in order
 * @param cpuMicrosPerRequest the JVM's CPU time in the measured phases per request served
 * @param firstSecond completions in the first measured second of the first run
 * @param lastSecond completions in the last full measured second of the last run
 * @param lastBodyBytes the size of the last response body (it grows for cancels)
 */
record Result(
    String name,
    long requests,
    long errors,
    String firstError,
    double seconds,
    double p50Micros,
    double p99Micros,
    double maxMicros,
    List<Double> roundThroughputs,
    double cpuMicrosPerRequest,
    long firstSecond,
    long lastSecond,
    int lastBodyBytes) {

  private static final long SECOND = 1_000_000_000L;

  static Result of(String name, List<LoadDriver.Run> runs) {
    long errors = 0;
    String firstError = null;
    double seconds = 0;
    long cpuNanos = 0;
    int lastBody = 0;
    List<Double> rounds = new ArrayList<>();
    List<long[]> latencies = new ArrayList<>();
    for (LoadDriver.Run run : runs) {
      long count = 0;
      long lastEnd = run.measureFrom();
      for (Worker w : run.workers()) {
        if (!w.finished) {
          // Its fields may be half-written; the run is invalid anyway.
          errors++;
          firstError = firstError == null ? "a worker did not finish in time" : firstError;
          continue;
        }
        count += w.count;
        errors += w.errors;
        firstError = firstError == null ? w.firstError : firstError;
        latencies.add(Arrays.copyOf(w.latencies, w.count));
        if (w.lastEnd - lastEnd > 0) {
          lastEnd = w.lastEnd;
          lastBody = w.lastBodyLength;
        }
      }
      cpuNanos = cpuNanos < 0 || run.cpuNanos() < 0 ? -1 : cpuNanos + run.cpuNanos();
      double runSeconds = (lastEnd - run.measureFrom()) / 1e9;
      seconds += runSeconds;
      rounds.add(runSeconds > 0 ? count / runSeconds : 0);
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    LoadDriver.Run first = runs.get(0);
    LoadDriver.Run last = runs.get(runs.size() - 1);
    int lastFull = (int) Math.max(0, last.measure().toNanos() / SECOND - 1);
    return new Result(
        name,
        all.length,
        errors,
        firstError,
        seconds,
        percentile(all, 0.50),
        percentile(all, 0.99),
        all.length == 0 ? Double.NaN : all[all.length - 1] / 1e3,
        rounds,
        cpuNanos < 0 || all.length == 0 ? Double.NaN : cpuNanos / 1e3 / all.length,
        completionsIn(first, 0),
        completionsIn(last, lastFull),
        lastBody);
  }

  private static long completionsIn(LoadDriver.Run run, int second) {
    return run.workers().stream()
        .filter(w -> w.finished)
        .mapToLong(w -> w.perSecond[Math.min(second, w.perSecond.length - 1)])
        .sum();
  }

  /** Nearest-rank percentile, in microseconds. */
  private static double percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1e3;
  }

  double throughput() {
    return seconds > 0 ? requests / seconds : 0;
  }

  /** Per-round req/s when there were rounds, else how the one run began and ended. */
  String stability() {
    if (roundThroughputs.size() > 1) {
      return "rounds "
          + roundThroughputs.stream()
              .map(t -> String.format(Locale.ROOT, "%.0f", t))
              .collect(Collectors.joining(" / "));
    }
    return "1st s " + firstSecond + " → last s " + lastSecond;
  }
}
