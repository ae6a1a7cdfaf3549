package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.support.SimClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The simulator's journal ({@code GET /__sim/journal}) as the merchant tests read it: the SDK calls
 * the browser made, the REST calls the merchant's server made, the webhooks delivered. A snapshot:
 * read it again to see what happened since.
 */
final class JournalView {
  private final List<JsonNode> entries = new ArrayList<>();

  private JournalView(JsonNode journal) {
    journal.forEach(entries::add);
  }

  static JournalView read(SimClient client) {
    return new JournalView(client.get("/__sim/journal").json());
  }

  List<JsonNode> entries() {
    return List.copyOf(entries);
  }

  /** {@code IMP.request_pay} calls, in order, each with {@code params} exactly as given. */
  List<JsonNode> requestPays() {
    return where(e -> kind(e, "sdk") && "request_pay".equals(e.path("method").asText()));
  }

  /** The last {@code IMP.request_pay}; fails when there was none. */
  JsonNode lastRequestPay() {
    List<JsonNode> calls = requestPays();
    if (calls.isEmpty()) {
      throw new AssertionError("no request_pay in the journal: " + entries);
    }
    return calls.get(calls.size() - 1);
  }

  /** REST calls with this method and exactly this path. */
  List<JsonNode> rest(String method, String path) {
    return where(
        e ->
            kind(e, "rest")
                && method.equals(e.path("method").asText())
                && path.equals(e.path("path").asText()));
  }

  /** The one REST call with this method and path; fails unless there is exactly one. */
  JsonNode onlyRest(String method, String path) {
    List<JsonNode> calls = rest(method, path);
    if (calls.size() != 1) {
      throw new AssertionError(
          "expected one " + method + " " + path + " in the journal, found " + calls);
    }
    return calls.get(0);
  }

  /** The merchant's lookups of one payment: {@code GET /payments/{imp_uid}}. */
  List<JsonNode> lookups(String impUid) {
    return rest("GET", "/payments/" + impUid);
  }

  /** Calls to this path answered by an injected fault instead of the gateway. */
  List<JsonNode> faults(String path) {
    return where(e -> kind(e, "fault") && path.equals(e.path("path").asText()));
  }

  /** Webhook deliveries about one payment. */
  List<JsonNode> webhooksFor(String impUid) {
    return where(
        e -> kind(e, "webhook") && impUid.equals(e.path("params").path("imp_uid").asText()));
  }

  private List<JsonNode> where(Predicate<JsonNode> filter) {
    return entries.stream().filter(filter).toList();
  }

  private static boolean kind(JsonNode entry, String kind) {
    return kind.equals(entry.path("kind").asText());
  }
}
