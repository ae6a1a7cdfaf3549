package dev.preflight.bench;

import dev.preflight.simulator.journal.Journal;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * How much the journal grew during a run, and roughly what that cost in heap. Every REST call is
 * journaled in memory by design; this tells whether that growth could distort the numbers.
 */
record MemoryNote(long entriesBefore, long heapBefore, long entriesAfter, long heapAfter) {

  static MemoryNote before(Journal journal) {
    return new MemoryNote(entries(journal), settledHeap(), 0, 0);
  }

  MemoryNote after(Journal journal) {
    return new MemoryNote(entriesBefore, heapBefore, entries(journal), settledHeap());
  }

  long entries() {
    return entriesAfter - entriesBefore;
  }

  long heapGrowth() {
    return heapAfter - heapBefore;
  }

  long bytesPerEntry() {
    return entries() == 0 ? 0 : heapGrowth() / entries();
  }

  private static long entries(Journal journal) {
    return journal.since(0, null).size();
  }

  /** Heap in use after a full collection, so only what is still reachable counts. */
  private static long settledHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
