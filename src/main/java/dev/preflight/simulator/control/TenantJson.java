package dev.preflight.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ledger.Contract;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.web.Excerpt;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tenants as the control API and the config file write them ({@code user_code}, {@code imp_key},
 * …), and as the control API shows them: with the secret masked.
 */
public final class TenantJson {
  private TenantJson() {}

  /** Reads a tenant; {@link IllegalArgumentException} names the field and what it must be. */
  public static Tenant read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a tenant must be a JSON object");
    }
    String userCode = required(node, "user_code");
    if (!userCode.matches("imp\\d{8}")) {
      throw new IllegalArgumentException(
          "user_code must be \"imp\" and 8 digits, like imp00000000 (got \""
              + Excerpt.of(userCode)
              + "\")");
    }
    String url = optional(node, "notification_url");
    if (url != null) {
      checkUrl(url);
    }
    JsonNode contract = node.path("contract");
    return new Tenant(
        userCode,
        required(node, "imp_key"),
        required(node, "imp_secret"),
        url,
        format(optional(node, "notification_content_type")),
        number(node, "minimum_amount", Tenant.DEFAULT_MINIMUM_AMOUNT, 0, 1_000_000),
        (int) number(node, "webhook_retries", Tenant.DEFAULT_WEBHOOK_RETRIES, 0, 5),
        new Contract(
            flag(contract, "high_risk"),
            flag(contract, "marketplace"),
            flag(contract, "completion_date_settlement"),
            flag(contract, "escrow")),
        texts(node, "channels"),
        messages(node.path("failure_messages")),
        optional(node, "merchant_name"));
  }

  public static ObjectNode write(Tenant tenant) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("user_code", tenant.userCode());
    out.put("merchant_name", tenant.merchantName());
    out.put("imp_key", tenant.impKey());
    out.put("imp_secret", "****");
    out.put("notification_url", tenant.notificationUrl());
    out.put(
        "notification_content_type", tenant.notificationFormat().name().toLowerCase(Locale.ROOT));
    out.put("minimum_amount", tenant.minimumAmount());
    out.put("webhook_retries", tenant.webhookRetries());
    ObjectNode contract = out.putObject("contract");
    contract.put("high_risk", tenant.contract().highRisk());
    contract.put("marketplace", tenant.contract().marketplace());
    contract.put("completion_date_settlement", tenant.contract().completionDateSettlement());
    contract.put("escrow", tenant.contract().escrow());
    tenant.channels().forEach(out.putArray("channels")::add);
    ObjectNode messages = out.putObject("failure_messages");
    tenant.failureMessages().forEach(messages::put);
    return out;
  }

  private static String required(JsonNode node, String field) {
    String value = optional(node, field);
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(field + " must be a non-empty string");
    }
    return value.asText();
  }

  private static long number(JsonNode node, String field, long fallback, long min, long max) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToExactIntegral() || value.asLong() < min || value.asLong() > max) {
      throw new IllegalArgumentException(
          field
              + " must be a whole number from "
              + min
              + " to "
              + max
              + " (got "
              + Excerpt.of(value)
              + ")");
    }
    return value.asLong();
  }

  private static boolean flag(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("contract." + field + " must be true or false");
    }
    return value.booleanValue();
  }

  private static Tenant.WebhookFormat format(String value) {
    if (value == null || value.equals("json") || value.equals("application/json")) {
      return Tenant.WebhookFormat.JSON;
    }
    if (value.equals("form") || value.equals("application/x-www-form-urlencoded")) {
      return Tenant.WebhookFormat.FORM;
    }
    throw new IllegalArgumentException(
        "notification_content_type must be \"json\" or \"form\" (got \""
            + Excerpt.of(value)
            + "\")");
  }

  private static List<String> texts(JsonNode node, String field) {
    List<String> list = new ArrayList<>();
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return list;
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(field + " must be an array of strings");
    }
    value.forEach(item -> list.add(item.asText()));
    return list;
  }

  private static Map<String, String> messages(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return map;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("failure_messages must be an object of outcome: message");
    }
    node.fields().forEachRemaining(f -> map.put(f.getKey(), f.getValue().asText()));
    return map;
  }

  static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("notification_url must be an absolute http(s) URL");
      }
    } catch (java.net.URISyntaxException bad) {
      throw new IllegalArgumentException(
          "notification_url is not a valid URL: " + Excerpt.of(bad.getMessage(), 120));
    }
  }
}
