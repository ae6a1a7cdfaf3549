package dev.preflight.simulator.journal;

/**
 * Hears every journal entry as it is added, and every clearing, under the journal's lock: in seq
 * order. {@link #NONE} hears nothing.
 */
public interface JournalListener {
  JournalListener NONE =
      new JournalListener() {
        @Override
        public void recorded(JournalEntry entry) {}

        @Override
        public void cleared(long nextSeq) {}
      };

  void recorded(JournalEntry entry);

  /** Every entry was dropped; numbering goes on at {@code nextSeq}. */
  void cleared(long nextSeq);
}
