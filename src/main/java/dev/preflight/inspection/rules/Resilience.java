package dev.preflight.inspection.rules;

import dev.preflight.simulator.journal.JournalEntry;
import java.util.regex.Pattern;

/**
 * The journal's record of faults: calls of the merchant's server that the simulator (or the fault
 * front) answered with an error, a delay or a dropped connection instead of the gateway's answer.
 */
final class Resilience {
  static final String FAULT = "fault";
  private static final Pattern LOOKUP = Pattern.compile("/payments/(?!cancel|prepare)[^/]+");

  private Resilience() {}

  /** A {@code GET /payments/{imp_uid}} that a fault answered. */
  static boolean isFailedLookup(JournalEntry record) {
    return FAULT.equals(record.kind())
        && "GET".equals(record.method())
        && record.path() != null
        && LOOKUP.matcher(record.path()).matches();
  }

  /** A {@code GET /payments/{imp_uid}} the gateway answered with the payment. */
  static boolean isAnsweredLookup(JournalEntry record) {
    return "rest".equals(record.kind())
        && "GET".equals(record.method())
        && record.path() != null
        && LOOKUP.matcher(record.path()).matches()
        && succeeded(record);
  }

  /** Whether the gateway answered the call with code 0, its success. */
  static boolean succeeded(JournalEntry record) {
    return Integer.valueOf(0).equals(record.code());
  }

  /** A scheduled charge the gateway ran and that failed. */
  static boolean isFailedScheduledCharge(JournalEntry record) {
    return "schedule".equals(record.kind())
        && "failed".equals(record.detail().path("payment_status").asText());
  }
}
