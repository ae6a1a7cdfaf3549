package dev.preflight.merchant;

import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The simulator's journal as the merchant tests read it: the SDK calls the browser made, the REST
 * calls the merchant's server made, the webhooks delivered. A snapshot: read it again to see what
 * happened since.
 */
final class JournalView {
  private final List<JournalEntry> entries;

  private JournalView(List<JournalEntry> entries) {
    this.entries = entries;
  }

  static JournalView read(SimulatorControl control) {
    return new JournalView(control.journal());
  }

  List<JournalEntry> entries() {
    return entries;
  }

  /** {@code IMP.request_pay} calls, in order, each with {@code params} exactly as given. */
  List<JournalEntry> requestPays() {
    return where(JournalEntry::isRequestPay);
  }

  /** The last {@code IMP.request_pay}; fails when there was none. */
  JournalEntry lastRequestPay() {
    List<JournalEntry> calls = requestPays();
    if (calls.isEmpty()) {
      throw new AssertionError("no request_pay in the journal: " + entries);
    }
    return calls.get(calls.size() - 1);
  }

  /** REST calls with this method and exactly this path. */
  List<JournalEntry> rest(String method, String path) {
    return where(e -> e.isRest(method, Pattern.quote(path)));
  }

  /** The one REST call with this method and path; fails unless there is exactly one. */
  JournalEntry onlyRest(String method, String path) {
    List<JournalEntry> calls = rest(method, path);
    if (calls.size() != 1) {
      throw new AssertionError(
          "expected one " + method + " " + path + " in the journal, found " + calls);
    }
    return calls.get(0);
  }

  /** The merchant's lookups of one payment: {@code GET /payments/{imp_uid}}. */
  List<JournalEntry> lookups(String impUid) {
    return rest("GET", "/payments/" + impUid);
  }

  /** Calls to this path answered by an injected fault instead of the gateway. */
  List<JournalEntry> faults(String path) {
    return where(e -> JournalEntry.FAULT.equals(e.kind()) && path.equals(e.path()));
  }

  /** Webhook deliveries about one payment. */
  List<JournalEntry> webhooksFor(String impUid) {
    return where(
        e -> JournalEntry.WEBHOOK.equals(e.kind()) && impUid.equals(e.param("imp_uid").asText()));
  }

  private List<JournalEntry> where(Predicate<JournalEntry> filter) {
    return entries.stream().filter(filter).toList();
  }
}
