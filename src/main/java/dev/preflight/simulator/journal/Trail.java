package dev.preflight.simulator.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries in seq order, dropped from the oldest end and read from any seq on by binary search, so
 * that a read after a cursor costs what it returns rather than what came before it. Not
 * thread-safe: the {@link Journal} guards it.
 */
final class Trail {
  /** Dropped entries are compacted away once they are this many and half the list. */
  private static final int COMPACT_AFTER = 1024;

  private final List<JournalEntry> entries = new ArrayList<>();
  private int head;

  void add(JournalEntry entry) {
    entries.add(entry);
  }

  boolean isEmpty() {
    return head == entries.size();
  }

  JournalEntry first() {
    return entries.get(head);
  }

  void dropFirst() {
    entries.set(head++, null);
    if (head >= COMPACT_AFTER && head * 2 >= entries.size()) {
      entries.subList(0, head).clear();
      head = 0;
    }
  }

  void clear() {
    entries.clear();
    head = 0;
  }

  int size() {
    return entries.size() - head;
  }

  /** The entries whose seq is greater than {@code since}, in order, copied. */
  List<JournalEntry> after(long since) {
    int low = head;
    int high = entries.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries.get(mid).seq() <= since) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return new ArrayList<>(entries.subList(low, entries.size()));
  }
}
