package dev.preflight.simulator.naverpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.web.BoundedJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a request_pay ended, as the merchant's page learns it: the callback's response object ({@code
 * rsp}), or the query appended to {@code m_redirect_url}.
 *
 * @param errorCode null on success
 * @param errorMsg null on success; otherwise shown to the buyer exactly as it is
 */
public record WindowResult(
    String impUid, String merchantUid, String errorCode, String errorMsg, ObjectNode response) {

  private static final ObjectMapper JSON = BoundedJson.mapper();

  public boolean success() {
    return errorCode == null;
  }

  /**
   * The result of a settled payment, with every field of the SDK's response object. A {@code
   * forged} result claims success for a payment that was never paid.
   */
  static WindowResult of(
      Payment payment, String errorCode, String errorMsg, String customerUid, boolean forged) {
    boolean success = forged || (payment.status() == PaymentStatus.PAID && errorCode == null);
    ObjectNode rsp = JsonNodeFactory.instance.objectNode();
    rsp.put("success", success);
    rsp.put("imp_success", success);
    rsp.put("error_code", success ? null : errorCode);
    rsp.put("error_msg", success ? null : errorMsg);
    rsp.put("imp_uid", payment.impUid());
    rsp.put("merchant_uid", payment.merchantUid());
    rsp.put("request_id", requestId());
    rsp.put("pay_method", payment.payMethod());
    rsp.put("paid_amount", success ? payment.amount() : 0);
    rsp.put("status", forged ? "paid" : payment.status().wireName());
    rsp.put("name", payment.name());
    rsp.put("pg_provider", payment.pgProvider());
    rsp.putNull("emb_pg_provider");
    rsp.put("pg_tid", payment.pgTid());
    rsp.put("pg_type", "payment");
    rsp.put("buyer_name", payment.buyerName());
    rsp.put("buyer_email", payment.buyerEmail());
    rsp.put("buyer_tel", payment.buyerTel());
    rsp.put("buyer_addr", payment.buyerAddr());
    rsp.put("buyer_postcode", payment.buyerPostcode());
    rsp.set("custom_data", customData(payment.customData()));
    rsp.put("paid_at", payment.paidAt());
    rsp.put("receipt_url", payment.receiptUrl());
    rsp.put("apply_num", payment.applyNum());
    rsp.putNull("card_name");
    rsp.putNull("card_number");
    rsp.put("card_quota", 0);
    rsp.put("currency", payment.currency());
    rsp.putNull("bank_name");
    if (customerUid != null) {
      rsp.put("customer_uid", customerUid);
    }
    return new WindowResult(
        payment.impUid(),
        payment.merchantUid(),
        success ? null : errorCode,
        success ? null : errorMsg,
        rsp);
  }

  /** A pre-validation failure: no payment was created, so {@code imp_uid} is null. */
  static WindowResult refused(String merchantUid, String errorCode, String errorMsg) {
    ObjectNode rsp = JsonNodeFactory.instance.objectNode();
    rsp.put("success", false);
    rsp.put("imp_success", false);
    rsp.put("error_code", errorCode);
    rsp.put("error_msg", errorMsg);
    rsp.putNull("imp_uid");
    rsp.put("merchant_uid", merchantUid);
    rsp.put("request_id", requestId());
    return new WindowResult(null, merchantUid, errorCode, errorMsg, rsp);
  }

  /**
   * {@code m_redirect_url} with {@code imp_uid}, {@code merchant_uid}, {@code imp_success} and, on
   * failure, {@code error_code} and {@code error_msg} appended to whatever query it has.
   */
  public String redirectTo(String redirectUrl) {
    StringBuilder query = new StringBuilder();
    if (impUid != null) {
      append(query, "imp_uid", impUid);
    }
    append(query, "merchant_uid", merchantUid == null ? "" : merchantUid);
    append(query, "imp_success", Boolean.toString(success()));
    if (!success()) {
      append(query, "error_code", errorCode);
      append(query, "error_msg", errorMsg);
    }
    int hash = redirectUrl.indexOf('#');
    String target = hash < 0 ? redirectUrl : redirectUrl.substring(0, hash);
    String fragment = hash < 0 ? "" : redirectUrl.substring(hash);
    String joiner =
        target.contains("?") ? (target.endsWith("?") || target.endsWith("&") ? "" : "&") : "?";
    return target + joiner + query + fragment;
  }

  private static void append(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private static JsonNode customData(String text) {
    if (text == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    try {
      return JSON.readTree(text);
    } catch (Exception notJson) {
      return JsonNodeFactory.instance.textNode(text);
    }
  }

  private static String requestId() {
    return "req_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 44), 36);
  }
}
