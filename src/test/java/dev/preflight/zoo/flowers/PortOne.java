package dev.preflight.zoo.flowers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The i'mport (PortOne v1) REST API, as 꽃길 플라워's server uses it: a token, then prepare, look up and
 * cancel. Every call gives up after 5 seconds.
 */
final class PortOne {

  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the gateway answered: the HTTP status and the envelope. */
  record Answer(int http, int code, String message, JsonNode response) {
    boolean ok() {
      return http == 200 && code == 0;
    }
  }

  /** The gateway could not be reached, timed out, or answered something that is not its JSON. */
  static final class Unreachable extends Exception {
    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final String base;
  private final String impKey;
  private final String impSecret;
  private final HttpClient http;
  private String token;
  private long tokenExpiresAt;

  PortOne(String base, String impKey, String impSecret) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.impKey = impKey;
    this.impSecret = impSecret;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ObjectMapper json() {
    return JSON;
  }

  /** Registers the amount of an order before the window opens. */
  Answer prepare(String merchantUid, int amount) throws Unreachable {
    ObjectNode body = object().put("merchant_uid", merchantUid).put("amount", amount);
    return authorized("POST", "/payments/prepare", body);
  }

  Answer payment(String impUid) throws Unreachable {
    return authorized(
        "GET", "/payments/" + URLEncoder.encode(impUid, StandardCharsets.UTF_8), null);
  }

  Answer cancel(ObjectNode body) throws Unreachable {
    return authorized("POST", "/payments/cancel", body);
  }

  private Answer authorized(String method, String path, JsonNode body) throws Unreachable {
    Answer answer = send(method, path, body, token());
    if (answer.http() == 401) {
      synchronized (this) {
        token = null;
      }
      answer = send(method, path, body, token());
    }
    return answer;
  }

  private synchronized String token() throws Unreachable {
    long now = System.currentTimeMillis() / 1000;
    if (token != null && now < tokenExpiresAt - 60) {
      return token;
    }
    ObjectNode body = object().put("imp_key", impKey).put("imp_secret", impSecret);
    Answer answer = send("POST", "/users/getToken", body, null);
    if (!answer.ok() || answer.response() == null) {
      throw new Unreachable(
          "토큰 발급 실패 (HTTP " + answer.http() + ", " + answer.message() + ")", null);
    }
    token = answer.response().path("access_token").asText();
    long issued = answer.response().path("now").asLong(now);
    tokenExpiresAt = now + (answer.response().path("expired_at").asLong(issued + 1800) - issued);
    return token;
  }

  private Answer send(String method, String path, JsonNode body, String bearer) throws Unreachable {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Unreachable(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable(method + " " + path + ": interrupted", e);
    }
    if (response.statusCode() >= 500) {
      throw new Unreachable(method + " " + path + ": HTTP " + response.statusCode(), null);
    }
    JsonNode envelope;
    try {
      envelope = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new Unreachable(
          method + " " + path + ": not JSON (HTTP " + response.statusCode() + ")", e);
    }
    if (envelope == null || !envelope.isObject()) {
      throw new Unreachable(method + " " + path + ": empty answer", null);
    }
    JsonNode result = envelope.get("response");
    return new Answer(
        response.statusCode(),
        envelope.path("code").asInt(-1),
        envelope.path("message").isNull() ? null : envelope.path("message").asText(null),
        result == null || result.isNull() ? null : result);
  }
}
