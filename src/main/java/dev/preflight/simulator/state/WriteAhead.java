package dev.preflight.simulator.state;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes on their way to the state file. They are submitted under the locks that made them, so in
 * the order they happened; one writer thread applies them in that order and commits them in batches
 * (a group commit), so that parallel requests share one disk write. A request waits for the batch
 * holding its changes, never for a write per change.
 */
final class WriteAhead implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WriteAhead.class);

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition written = lock.newCondition();
  private final Runnable commit;
  private final Thread writer;
  private List<Runnable> pending = new ArrayList<>();
  private long submitted;
  private long durable;
  private String failure;
  private boolean closing;

  /** {@code commit} makes everything applied so far durable, or throws. */
  WriteAhead(String name, Runnable commit) {
    this.commit = commit;
    this.writer = new Thread(this::write, name);
    writer.setDaemon(true);
    writer.start();
  }

  void submit(Runnable change) {
    lock.lock();
    try {
      pending.add(change);
      submitted++;
      work.signal();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns once every change submitted so far is committed.
   *
   * @throws NotStored when the state file could not be written
   */
  void awaitDurable() {
    lock.lock();
    try {
      long target = submitted;
      while (durable < target) {
        if (failure != null) {
          throw new NotStored(failure);
        }
        written.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
  }

  private void write() {
    while (true) {
      List<Runnable> batch;
      long upTo;
      lock.lock();
      try {
        while (pending.isEmpty() && !closing) {
          work.awaitUninterruptibly();
        }
        if (pending.isEmpty() || failure != null) {
          return;
        }
        batch = pending;
        pending = new ArrayList<>();
        upTo = submitted;
      } finally {
        lock.unlock();
      }
      String failed = null;
      try {
        batch.forEach(Runnable::run);
        commit.run();
      } catch (RuntimeException cannotWrite) {
        LOG.error(
            "the state file could not be written; changes from now on are not kept", cannotWrite);
        // The reason goes to the log: an exception's message may name Java classes.
        failed = "the write failed (the simulator's log says why)";
      }
      lock.lock();
      try {
        if (failed != null) {
          failure = failed;
        } else {
          durable = upTo;
        }
        written.signalAll();
      } finally {
        lock.unlock();
      }
      if (failed != null) {
        return;
      }
    }
  }

  /** Writes what is still pending, then stops the writer. */
  @Override
  public void close() {
    lock.lock();
    try {
      closing = true;
      work.signal();
    } finally {
      lock.unlock();
    }
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }
}
