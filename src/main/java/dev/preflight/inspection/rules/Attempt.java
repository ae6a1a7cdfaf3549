package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.Observation;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One {@code IMP.request_pay} and how it ended: the window's result ({@code rsp}), the SDK's
 * pre-validation refusal, or nothing yet.
 *
 * @param call the {@code sdk request_pay} entry
 * @param window the {@code window result} entry, or null
 */
record Attempt(JournalEntry call, JournalEntry window) {
  static final String UNDER_MINIMUM = "UnderMinimumAmount";

  /** Where the page learnt the result. */
  enum Path {
    CALLBACK,
    REDIRECT,
    NOWHERE
  }

  /** Every request_pay of these entries, each with its window result when one followed. */
  static List<Attempt> of(List<JournalEntry> entries) {
    List<Attempt> attempts = new ArrayList<>();
    for (JournalEntry call : entries) {
      if (call.isRequestPay()) {
        attempts.add(new Attempt(call, windowOf(call, entries)));
      }
    }
    return attempts;
  }

  /** The last attempt of the scenario that ended: the one the buyer's final screen is about. */
  static Optional<Attempt> lastEnded(Observation observation) {
    List<Attempt> ended = of(observation.journal()).stream().filter(Attempt::ended).toList();
    return ended.isEmpty() ? Optional.empty() : Optional.of(ended.get(ended.size() - 1));
  }

  private static JournalEntry windowOf(JournalEntry call, List<JournalEntry> entries) {
    String session = JsonValues.text(call.detail().path("session"));
    String impUid = JsonValues.text(call.detail().path("imp_uid"));
    if (session == null && impUid == null) {
      return null;
    }
    return entries.stream()
        .filter(JournalEntry::isWindowResult)
        .filter(w -> w.seq() > call.seq())
        .filter(
            w ->
                (session != null && ("/naverpay/" + session).equals(w.path()))
                    || (impUid != null
                        && impUid.equals(JsonValues.text(w.detail().path("imp_uid")))))
        .findFirst()
        .orElse(null);
  }

  JsonNode params() {
    return call.params();
  }

  boolean popup() {
    String mode = JsonValues.text(call.detail().path("mode"));
    return mode != null ? mode.equals("popup") : call.param("naverPopupMode").asBoolean(false);
  }

  boolean mobile() {
    return "mobile".equals(JsonValues.text(call.detail().path("device")));
  }

  boolean hasCallback() {
    return call.detail().path("has_callback").asBoolean(false);
  }

  /** A billing-key registration: {@code customer_uid} sent. */
  boolean registration() {
    return JsonValues.text(call.param("customer_uid")) != null
        || call.detail().path("registration").asBoolean(false);
  }

  /** Meant as a registration: {@code customer_uid} or a recurring-only parameter sent. */
  boolean registrationIntended() {
    return registration()
        || JsonValues.isPresent(call.param("naverProductCode"))
        || JsonValues.isPresent(call.param("naverProductCount"));
  }

  boolean refused() {
    return JsonValues.text(call.detail().path("error_code")) != null
        || JsonValues.text(call.detail().path("error_msg")) != null;
  }

  boolean ended() {
    return window != null || refused();
  }

  /** The response object the page received: the window's {@code rsp}, or the refusal. */
  JsonNode response() {
    return window != null ? window.detail() : call.detail();
  }

  String errorCode() {
    return JsonValues.text(response().path("error_code"));
  }

  /** The message exactly as sent (not stripped: the buyer must see it unchanged). */
  String errorMsg() {
    JsonNode msg = response().path("error_msg");
    return msg.isTextual() ? msg.asText() : null;
  }

  boolean succeeded() {
    JsonNode rsp = response();
    return window != null
        && errorCode() == null
        && errorMsg() == null
        && (rsp.path("success").asBoolean(false)
            || rsp.path("imp_success").asBoolean(false)
            || "paid".equals(JsonValues.text(rsp.path("status"))));
  }

  boolean failed() {
    return ended() && !succeeded();
  }

  /** The window's ending: approve, cancel, fail:&lt;outcome&gt;, closed, blocked. */
  String choice() {
    return window == null ? null : JsonValues.text(window.param("choice"));
  }

  String impUid() {
    String fromCall = JsonValues.text(call.detail().path("imp_uid"));
    return fromCall != null ? fromCall : JsonValues.text(response().path("imp_uid"));
  }

  String merchantUid() {
    return JsonValues.text(call.param("merchant_uid"));
  }

  String customerUid() {
    String sent = JsonValues.text(call.param("customer_uid"));
    return sent != null ? sent : JsonValues.text(response().path("customer_uid"));
  }

  OptionalLong requestedAmount() {
    return JsonValues.wholeNumber(call.param("amount"));
  }

  OptionalLong paidAmount() {
    return window == null
        ? OptionalLong.empty()
        : JsonValues.wholeNumber(window.detail().path("paid_amount"));
  }

  String redirectUrl() {
    return JsonValues.text(call.param("m_redirect_url"));
  }

  /**
   * Where the result went, as the SDK sends it: a callback in popup mode (and for a refusal), the
   * {@code m_redirect_url} page otherwise, or nowhere when there is neither.
   */
  Path path() {
    if (refused()) {
      if (hasCallback()) {
        return Path.CALLBACK;
      }
      return redirectUrl() != null && (mobile() || !popup()) ? Path.REDIRECT : Path.NOWHERE;
    }
    if (popup() && hasCallback()) {
      return Path.CALLBACK;
    }
    return redirectUrl() != null ? Path.REDIRECT : Path.NOWHERE;
  }

  /** Approved for another amount than requested: the amount was tampered with (NP-AMT-3). */
  boolean tampered() {
    return succeeded()
        && paidAmount().isPresent()
        && requestedAmount().isPresent()
        && paidAmount().getAsLong() != requestedAmount().getAsLong();
  }

  long lastSeq() {
    return window != null ? window.seq() : call.seq();
  }

  long[] seqs() {
    return window == null ? new long[] {call.seq()} : new long[] {call.seq(), window.seq()};
  }
}
