package dev.preflight.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.regex.Pattern;

/**
 * One journal entry of the simulator ({@code GET /__sim/journal}), as the rules read it.
 *
 * @param kind {@code rest} (a REST call of the merchant's server), {@code sdk} (an {@code IMP.*}
 *     call of the merchant's page; {@code method} is {@code init} or {@code request_pay}), {@code
 *     window} (how a Naver Pay window ended; {@code detail} is the SDK's response object), {@code
 *     webhook}, {@code schedule}
 * @param params the parameters exactly as sent, JSON types kept
 */
public record JournalRecord(
    long seq,
    long at,
    String tenant,
    String kind,
    String method,
    String path,
    JsonNode params,
    Integer status,
    Integer code,
    JsonNode detail) {

  public JournalRecord {
    params = params == null ? JsonNodeFactory.instance.nullNode() : params;
    detail = detail == null ? JsonNodeFactory.instance.nullNode() : detail;
  }

  /** Reads an entry as {@code /__sim/journal} returns it. */
  public static JournalRecord fromJson(JsonNode entry) {
    return new JournalRecord(
        entry.path("seq").asLong(),
        entry.path("at").asLong(),
        text(entry, "tenant"),
        text(entry, "kind"),
        text(entry, "method"),
        text(entry, "path"),
        entry.get("params"),
        entry.hasNonNull("status") ? entry.get("status").asInt() : null,
        entry.hasNonNull("code") ? entry.get("code").asInt() : null,
        entry.get("detail"));
  }

  private static String text(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  public boolean isRequestPay() {
    return "sdk".equals(kind) && "request_pay".equals(method);
  }

  public boolean isWindowResult() {
    return "window".equals(kind);
  }

  /** A REST call of the merchant's server: {@code isRest("POST", "/payments/cancel")}. */
  public boolean isRest(String httpMethod, String pathRegex) {
    return "rest".equals(kind)
        && httpMethod.equals(method)
        && path != null
        && Pattern.matches(pathRegex, path);
  }

  /**
   * A {@code POST /payments/cancel} that a fault answered (an error, a delay, a dropped connection)
   * or that the gateway refused: the money was not refunded.
   */
  public boolean isFailedCancel() {
    boolean cancel = "POST".equals(method) && "/payments/cancel".equals(path);
    return cancel
        && ("fault".equals(kind) || "rest".equals(kind) && !Integer.valueOf(0).equals(code));
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
