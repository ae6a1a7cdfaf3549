package dev.preflight.simulator.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A merchant account at the gateway: the user code that {@code IMP.init} takes, the REST API
 * credentials, where webhooks go, and the Naver Pay terms.
 *
 * @param failureMessages per-outcome overrides of the window's failure messages, keyed by outcome
 *     name ({@code insufficient_balance}, …)
 * @param merchantName the shop name the Naver Pay window shows
 */
public record Tenant(
    String userCode,
    String impKey,
    String impSecret,
    String notificationUrl,
    WebhookFormat notificationFormat,
    long minimumAmount,
    int webhookRetries,
    Contract contract,
    List<String> channels,
    Map<String, String> failureMessages,
    String merchantName) {

  public static final long DEFAULT_MINIMUM_AMOUNT = 100;

  /** Up to 5 retries, one minute apart, is the gateway's documented policy when retries are on. */
  public static final int DEFAULT_WEBHOOK_RETRIES = 5;

  public Tenant {
    Objects.requireNonNull(userCode, "user_code");
    Objects.requireNonNull(impKey, "imp_key");
    Objects.requireNonNull(impSecret, "imp_secret");
    notificationFormat = notificationFormat == null ? WebhookFormat.JSON : notificationFormat;
    contract = contract == null ? Contract.STANDARD : contract;
    channels = channels == null || channels.isEmpty() ? List.of("naverpay") : List.copyOf(channels);
    failureMessages = failureMessages == null ? Map.of() : Map.copyOf(failureMessages);
    merchantName = merchantName == null ? "테스트 가맹점 (" + userCode + ")" : merchantName;
  }

  /** The account every simulator starts with; documented in the README and printed by serve. */
  public static Tenant defaultTenant() {
    return new Tenant(
        "imp00000000",
        "preflight_key",
        "preflight_secret",
        null,
        WebhookFormat.JSON,
        DEFAULT_MINIMUM_AMOUNT,
        DEFAULT_WEBHOOK_RETRIES,
        Contract.STANDARD,
        List.of("naverpay"),
        Map.of(),
        null);
  }

  public String failureMessage(String outcome, String fallback) {
    return failureMessages.getOrDefault(outcome, fallback);
  }

  public enum WebhookFormat {
    JSON,
    FORM
  }
}
