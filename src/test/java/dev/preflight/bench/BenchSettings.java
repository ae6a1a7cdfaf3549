package dev.preflight.bench;

import java.time.Duration;

/**
 * How long and how hard each target is driven; every field can be set with a system property, e.g.
 * {@code -Dbench.threads=4 -Dbench.measureSeconds=20}.
 *
 * @param threads closed-loop workers, each with its own keep-alive connection
 * @param warmup per read-only target, so the JIT and the servers' pools settle before anything
 *     counts; WireMock, started cold, needs about 15 s on 2 CPUs to reach its steady rate
 * @param cancelWarmup per cancel target, shorter: the shared code is hot by then, and every warm-up
 *     cancel lengthens the payment's history that the measured cancels then carry
 * @param measure per target, the measured time in all
 * @param rounds the read-only targets' measured time is cut into this many rounds, run in turn (A B
 *     C A B C …), so that a burst of other load on the machine hits every target alike
 * @param maxRequests per target across all workers and rounds: bounds memory (one long per request)
 *     and time
 */
record BenchSettings(
    int threads,
    Duration warmup,
    Duration cancelWarmup,
    Duration measure,
    int rounds,
    int maxRequests) {

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        Integer.getInteger("bench.threads", 8),
        Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15)),
        Duration.ofSeconds(Integer.getInteger("bench.cancelWarmupSeconds", 3)),
        Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 10)),
        Integer.getInteger("bench.rounds", 3),
        Integer.getInteger("bench.maxRequests", 2_000_000));
  }

  BenchSettings {
    if (threads < 1
        || rounds < 1
        || maxRequests < threads * rounds
        || warmup.isNegative()
        || cancelWarmup.isNegative()
        || measure.toMillis() < rounds) {
      throw new IllegalArgumentException("bad benchmark settings: " + this);
    }
  }

  Duration round() {
    return measure.dividedBy(rounds);
  }

  String describe() {
    return String.format(
        "%d threads; per target %d s warm-up (cancels: %d s), then %d s measured (GETs: in %d"
            + " interleaved rounds of %.1f s); at most %d measured requests per target",
        threads,
        warmup.toSeconds(),
        cancelWarmup.toSeconds(),
        measure.toSeconds(),
        rounds,
        round().toMillis() / 1000.0,
        maxRequests);
  }
}
