package dev.preflight.simulator.webhook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One try at delivering a notification.
 *
 * @param attempt 1 for the first try, then 2, 3, … for retries
 * @param status the merchant's HTTP status, or null when the request did not get an answer
 * @param error what went wrong on the network, or null
 */
public record WebhookAttempt(
    String tenant,
    String url,
    String contentType,
    JsonNode body,
    int attempt,
    Integer status,
    String error,
    long at) {}
