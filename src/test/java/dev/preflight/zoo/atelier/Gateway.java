package dev.preflight.zoo.atelier;

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
import java.time.Instant;

/**
 * The i'mport v1 REST API as 아틀리에 모노's server uses it: a token kept until shortly before it
 * expires, and every answer unwrapped from its envelope. Short timeouts: a buyer waits on each
 * call.
 */
final class Gateway {
  /** The gateway did not answer, or answered with an error. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  private final String base;
  private final String key;
  private final String secret;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private String token;
  private Instant tokenUntil = Instant.EPOCH;

  Gateway(String base, String key, String secret, ObjectMapper json) {
    this.base = base.replaceAll("/+$", "");
    this.key = key;
    this.secret = secret;
    this.json = json;
  }

  JsonNode payment(String impUid) throws Refused {
    return call("GET", "/payments/" + URLEncoder.encode(impUid, StandardCharsets.UTF_8), null);
  }

  JsonNode prepare(String merchantUid, long amount) throws Refused {
    return call(
        "POST",
        "/payments/prepare",
        json.createObjectNode().put("merchant_uid", merchantUid).put("amount", amount));
  }

  JsonNode cancel(ObjectNode body) throws Refused {
    return call("POST", "/payments/cancel", body);
  }

  private synchronized String token() throws Refused {
    if (token != null && Instant.now().isBefore(tokenUntil)) {
      return token;
    }
    ObjectNode body = json.createObjectNode().put("imp_key", key).put("imp_secret", secret);
    JsonNode answer =
        send(
            HttpRequest.newBuilder(URI.create(base + "/users/getToken"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    token = answer.path("access_token").asText();
    long life = answer.path("expired_at").asLong() - answer.path("now").asLong();
    tokenUntil = Instant.now().plusSeconds(Math.max(0, life - 60));
    return token;
  }

  private JsonNode call(String method, String path, JsonNode body) throws Refused {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString()));
    return send(request);
  }

  private JsonNode send(HttpRequest.Builder request) throws Refused {
    HttpResponse<String> response;
    try {
      response =
          http.send(
              request.timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Refused("결제 서버와 통신하지 못했습니다. (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused("결제 서버와 통신하지 못했습니다.");
    }
    JsonNode envelope;
    try {
      envelope = json.readTree(response.body());
    } catch (IOException e) {
      throw new Refused("결제 서버의 응답을 읽지 못했습니다. (HTTP " + response.statusCode() + ")");
    }
    if (response.statusCode() != 200 || envelope == null || envelope.path("code").asInt(-1) != 0) {
      String message = envelope == null ? "" : envelope.path("message").asText("");
      throw new Refused(
          message.isBlank() ? "결제 서버 오류 (HTTP " + response.statusCode() + ")" : message);
    }
    return envelope.path("response");
  }
}
