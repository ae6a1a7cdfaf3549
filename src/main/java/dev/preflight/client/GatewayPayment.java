package dev.preflight.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A payment as the i'mport REST API shows it ({@code GET /payments/{imp_uid}}): its identity,
 * amount and status, and the whole payment object for anything else.
 *
 * @param status {@code ready}, {@code paid}, {@code failed} or {@code cancelled}
 * @param json the payment object, snake_case fields as on the wire
 */
public record GatewayPayment(
    String impUid, String merchantUid, long amount, String status, JsonNode json) {

  /** Reads an i'mport payment object. */
  public static GatewayPayment of(JsonNode payment) {
    return new GatewayPayment(
        payment.path("imp_uid").asText(null),
        payment.path("merchant_uid").asText(null),
        payment.path("amount").asLong(),
        payment.path("status").asText(null),
        payment);
  }
}
