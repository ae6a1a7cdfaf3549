package dev.preflight.simulator.journal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.regex.Pattern;

/**
 * One thing that happened at the simulator, recorded before anyone judges it: what the simulator
 * keeps and serves ({@code GET /__sim/journal}), and what the inspection's rules read.
 *
 * @param seq position in the journal, from 1
 * @param at the simulator's clock, UNIX seconds
 * @param tenant the user code of the tenant it belongs to, or null when unknown (a bad token)
 * @param kind what recorded it: {@code rest} (a REST call of the merchant's server), {@code sdk}
 *     (an {@code IMP.*} call of the merchant's page; {@code method} is {@code init} or {@code
 *     request_pay}), {@code window} (how a Naver Pay window ended; {@code detail} is the SDK's
 *     response object), {@code webhook}, {@code schedule}, or {@code fault}: a REST call answered
 *     by an injected fault instead of the gateway ({@code detail.fault} names it; {@code status} is
 *     null when no HTTP answer was sent)
 * @param params the request's parameters exactly as sent, JSON types kept; secrets masked; a JSON
 *     null when there were none
 * @param status the HTTP status answered (or received, for a webhook)
 * @param code the envelope's {@code code}, when there was one
 * @param detail anything else worth keeping for this kind of entry; a JSON null when nothing
 * @param response for a {@code rest} entry, the start of the body the simulator answered (the whole
 *     envelope up to {@link BodyExcerpt#MAX_BYTES}, tokens masked); null for every other kind, and
 *     in a journal that predates the field
 * @param atMillis the real time it was recorded, epoch milliseconds, whatever the simulator's clock
 *     says: a browser on the same machine can place what it saw among the entries
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntry(
    long seq,
    long at,
    String tenant,
    String kind,
    String method,
    String path,
    JsonNode params,
    Integer status,
    Integer code,
    JsonNode detail,
    BodyExcerpt response,
    long atMillis) {

  public static final String REST = "rest";
  public static final String SDK = "sdk";
  public static final String WINDOW = "window";
  public static final String WEBHOOK = "webhook";
  public static final String SCHEDULE = "schedule";
  public static final String FAULT = "fault";

  /**
   * A JSON null stands for "none" in {@code params} and {@code detail}, as Jackson reads a null
   * into a tree: the rules walk them with {@code path(...)} and never meet a Java null.
   */
  public JournalEntry {
    params = params == null ? NullNode.getInstance() : params;
    detail = detail == null ? NullNode.getInstance() : detail;
  }

  /** An entry with no answer kept: anything but a REST call the simulator answered. */
  public JournalEntry(
      long seq,
      long at,
      String tenant,
      String kind,
      String method,
      String path,
      JsonNode params,
      Integer status,
      Integer code,
      JsonNode detail,
      long atMillis) {
    this(seq, at, tenant, kind, method, path, params, status, code, detail, null, atMillis);
  }

  // The predicates below are for the rules, not part of the entry's JSON: @JsonIgnore keeps the
  // is-methods out of what the control API serves.

  /** An {@code IMP.request_pay} call of the merchant's page. */
  @JsonIgnore
  public boolean isRequestPay() {
    return SDK.equals(kind) && "request_pay".equals(method);
  }

  /** How a Naver Pay window ended. */
  @JsonIgnore
  public boolean isWindowResult() {
    return WINDOW.equals(kind);
  }

  /** A REST call of the merchant's server: {@code isRest("POST", "/payments/cancel")}. */
  public boolean isRest(String httpMethod, String pathRegex) {
    return REST.equals(kind)
        && httpMethod.equals(method)
        && path != null
        && Pattern.matches(pathRegex, path);
  }

  /**
   * A {@code POST /payments/cancel} that a fault answered (an error, a delay, a dropped connection)
   * or that the gateway refused: the money was not refunded.
   */
  @JsonIgnore
  public boolean isFailedCancel() {
    boolean cancel = "POST".equals(method) && "/payments/cancel".equals(path);
    return cancel && (FAULT.equals(kind) || REST.equals(kind) && !Integer.valueOf(0).equals(code));
  }

  /**
   * How a REST call's body came, {@code json} or {@code form}, as the simulator journals it; null
   * when it had none, or the journal predates the field.
   */
  public String bodyFormat() {
    JsonNode body = detail.path("body");
    return body.isTextual() ? body.asText() : null;
  }

  /** A parameter of the call, or a missing node: {@code param("extra", "requester")}. */
  public JsonNode param(String... names) {
    JsonNode node = params;
    for (String name : names) {
      node = node.path(name);
    }
    return node;
  }
}
