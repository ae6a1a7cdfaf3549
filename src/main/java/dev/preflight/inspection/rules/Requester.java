package dev.preflight.inspection.rules;

import dev.preflight.simulator.journal.JournalEntry;
import java.util.Set;

/** {@code extra.requester} of a cancel or billing-key deletion, JSON or bracket form. */
final class Requester {
  static final Set<String> ALLOWED = Set.of("customer", "admin");

  private Requester() {}

  /** The requester sent, or null: {@code extra.requester} or a literal {@code extra[requester]}. */
  static String of(JournalEntry entry) {
    String nested = JsonValues.text(entry.param("extra", "requester"));
    return nested != null ? nested : JsonValues.text(entry.params().path("extra[requester]"));
  }

  static boolean valid(JournalEntry entry) {
    String requester = of(entry);
    return requester != null && ALLOWED.contains(requester);
  }
}
