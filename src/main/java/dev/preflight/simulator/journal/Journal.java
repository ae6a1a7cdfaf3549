package dev.preflight.simulator.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.ledger.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered record of everything the simulator saw. Nothing is evicted: a run's journal is the
 * evidence the inspection judges afterwards.
 */
public final class Journal {
  private final Clock clock;
  private final JournalListener listener;
  private final List<JournalEntry> entries = new ArrayList<>();

  /** The seq of {@code entries.get(0)}: numbering goes on across a reset, so cursors stay valid. */
  private long firstSeq = 1;

  public Journal(Clock clock) {
    this(clock, JournalListener.NONE);
  }

  /** A journal that tells {@code listener} of every entry, in seq order. */
  public Journal(Clock clock, JournalListener listener) {
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * Puts back saved entries (in seq order) and the seq the first of them has, or the next seq when
   * there are none; nothing is told to the listener. Only for a journal that is still empty.
   */
  public void restore(List<JournalEntry> saved, long savedFirstSeq) {
    synchronized (entries) {
      entries.addAll(saved);
      firstSeq = saved.isEmpty() ? savedFirstSeq : saved.get(0).seq();
    }
  }

  /** The seq of the newest entry, or the one before the first when there is none. */
  public long lastSeq() {
    synchronized (entries) {
      return firstSeq + entries.size() - 1;
    }
  }

  public JournalEntry record(
      String tenant,
      String kind,
      String method,
      String path,
      JsonNode params,
      Integer status,
      Integer code,
      JsonNode detail) {
    long at = clock.now();
    synchronized (entries) {
      JournalEntry entry =
          new JournalEntry(
              firstSeq + entries.size(),
              at,
              tenant,
              kind,
              method,
              path,
              params,
              status,
              code,
              detail,
              System.currentTimeMillis());
      entries.add(entry);
      listener.recorded(entry);
      return entry;
    }
  }

  /**
   * Entries after {@code since} (a seq), in order. With a tenant, only that tenant's entries and
   * those no tenant could be told for.
   */
  public List<JournalEntry> since(long since, String tenant) {
    List<JournalEntry> copy;
    synchronized (entries) {
      int from = (int) Math.max(0, Math.min(since - firstSeq + 1, entries.size()));
      copy = new ArrayList<>(entries.subList(from, entries.size()));
    }
    if (tenant == null) {
      return copy;
    }
    return copy.stream().filter(e -> e.tenant() == null || e.tenant().equals(tenant)).toList();
  }

  public void clear() {
    synchronized (entries) {
      firstSeq += entries.size();
      entries.clear();
      listener.cleared(firstSeq);
    }
  }
}
