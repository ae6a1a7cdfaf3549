package dev.preflight.simulator.ledger;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The one source of time for every timestamp the simulator hands out. It follows the real clock
 * shifted by an offset, so that setting or advancing it leaves time flowing at its normal pace.
 */
public final class Clock {
  private final LongSupplier realMillis;
  private final AtomicLong offsetSeconds = new AtomicLong();

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

  public long set(long unixSeconds) {
    offsetSeconds.set(unixSeconds - realMillis.getAsLong() / 1000);
    return now();
  }

  public long advance(long seconds) {
    offsetSeconds.addAndGet(seconds);
    return now();
  }

  public void backToRealTime() {
    offsetSeconds.set(0);
  }

  public boolean isRealTime() {
    return offsetSeconds.get() == 0;
  }
}
