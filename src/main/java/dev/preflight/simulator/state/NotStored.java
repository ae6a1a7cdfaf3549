package dev.preflight.simulator.state;

/**
 * A change was made in memory but the state file could not take it: the request that made it must
 * not be answered as a success.
 */
public final class NotStored extends RuntimeException {
  NotStored(String reason) {
    super(reason);
  }
}
