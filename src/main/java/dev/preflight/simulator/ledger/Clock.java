package dev.preflight.simulator.ledger;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The one source of time for every timestamp the simulator hands out. It follows the real clock
 * shifted by an offset, so that setting or advancing it leaves time flowing at its normal pace.
 */
public final class Clock {
  private final LongSupplier realMillis;
  private final AtomicLong offsetSeconds = new AtomicLong();
  private volatile LongConsumer listener = offset -> {};

  public Clock() {
    this(System::currentTimeMillis);
  }

  public Clock(LongSupplier realMillis) {
    this.realMillis = realMillis;
  }

  /** The simulated time in UNIX seconds. */
  public long now() {
    return realMillis.getAsLong() / 1000 + offsetSeconds.get();
  }

  public synchronized long set(long unixSeconds) {
    offsetSeconds.set(unixSeconds - realMillis.getAsLong() / 1000);
    listener.accept(offsetSeconds.get());
    return now();
  }

  public synchronized long advance(long seconds) {
    listener.accept(offsetSeconds.addAndGet(seconds));
    return now();
  }

  public synchronized void backToRealTime() {
    offsetSeconds.set(0);
    listener.accept(0);
  }

  /** How far ahead of real time the clock runs, in seconds; what a state file keeps. */
  public long offsetSeconds() {
    return offsetSeconds.get();
  }

  /**
   * Puts back a saved offset without telling anyone, then tells {@code listener} of every move from
   * now on, under the clock's lock so that moves are heard in the order they were made.
   */
  public synchronized void restore(long savedOffsetSeconds, LongConsumer listener) {
    offsetSeconds.set(savedOffsetSeconds);
    this.listener = listener;
  }

  public boolean isRealTime() {
    return offsetSeconds.get() == 0;
  }
}
