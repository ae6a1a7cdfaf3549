package dev.preflight.harness;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Lets workers' scenarios run side by side, except one that must run alone (it moves what every
 * worker shares, such as the simulator's clock): from the moment it asks, the scenarios already
 * running finish first, and none begins until it ends. Waiting writers go first, so one that asks
 * is never starved by scenarios that keep beginning.
 */
final class SoloGate {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

  /** A scenario begins, beside the others unless one runs alone (then after it). */
  void begin() {
    lock.readLock().lock();
  }

  /** From now to {@link #end}, the calling scenario runs alone. */
  void alone() {
    if (lock.isWriteLockedByCurrentThread()) {
      return;
    }
    // A read lock cannot be raised to a write lock: let it go, then wait for the others to end.
    while (lock.getReadHoldCount() > 0) {
      lock.readLock().unlock();
    }
    lock.writeLock().lock();
  }

  /** Whether a scenario waits at the gate: to begin, or to run alone. */
  boolean waiting() {
    return lock.hasQueuedThreads();
  }

  /** The calling scenario ended: the others may go on. */
  void end() {
    while (lock.getReadHoldCount() > 0) {
      lock.readLock().unlock();
    }
    while (lock.isWriteLockedByCurrentThread()) {
      lock.writeLock().unlock();
    }
  }
}
