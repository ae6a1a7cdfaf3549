package dev.preflight.harness;

import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One tenant's journal as a worker follows it, read through the control API as for a simulator in
 * another process: where it stands now, and where it stood when a browser on this machine saw
 * something.
 */
public final class JournalTimeline {
  private final SimulatorControl control;
  private long newest;

  /** Each entry's real time, epoch ms, to the newest seq recorded by then: to date a sight. */
  private final NavigableMap<Long, Long> seqByMillis = new TreeMap<>();

  /**
   * @param control the control API acting on the tenant whose journal this is
   */
  JournalTimeline(SimulatorControl control) {
    this.control = control;
  }

  /** The tenant's entries after {@code since}, in order. */
  public List<JournalEntry> since(long since) {
    List<JournalEntry> entries = control.journalSince(since);
    synchronized (seqByMillis) {
      for (JournalEntry entry : entries) {
        if (entry.atMillis() > 0) {
          seqByMillis.merge(entry.atMillis(), entry.seq(), Math::max);
        }
      }
    }
    if (!entries.isEmpty()) {
      newest = Math.max(newest, entries.get(entries.size() - 1).seq());
    }
    return entries;
  }

  /**
   * The seq of the tenant's newest entry, 0 when there is none. Reads only what is newer than the
   * last answer, since the journal of a long run holds thousands of entries.
   */
  public long lastSeq() {
    since(newest);
    return newest;
  }

  /**
   * The newest seq recorded at or before a real time (epoch ms): where the journal stood when a
   * browser on this machine saw something. 0 when nothing was recorded by then.
   */
  public long seqAt(long epochMillis) {
    lastSeq();
    synchronized (seqByMillis) {
      var floor = seqByMillis.floorEntry(Math.min(epochMillis, System.currentTimeMillis()));
      return floor == null ? 0 : floor.getValue();
    }
  }
}
