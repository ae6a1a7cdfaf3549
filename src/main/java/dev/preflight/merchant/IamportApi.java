package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The shop's server-side i'mport REST client, written the way a merchant writes one: a token from
 * {@code /users/getToken}, reused until shortly before it expires, then JSON calls with {@code
 * Authorization: Bearer}.
 */
final class IamportApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String impKey;
  private final String impSecret;
  private String token;
  private long tokenExpiresAt;

  /** An i'mport answer: the envelope's code and message, and its response. */
  record Reply(int status, int code, String message, JsonNode response) {
    boolean ok() {
      return status == 200 && code == 0;
    }
  }

  IamportApi(String baseUrl, String impKey, String impSecret) {
    this.baseUrl = baseUrl;
    this.impKey = impKey;
    this.impSecret = impSecret;
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  Reply post(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  private synchronized String token() {
    long now = System.currentTimeMillis() / 1000;
    if (token == null || now >= tokenExpiresAt - 30) {
      Reply reply =
          exchange(
              HttpRequest.newBuilder(URI.create(baseUrl + "/users/getToken"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          json(Map.of("imp_key", impKey, "imp_secret", impSecret)))));
      if (!reply.ok()) {
        throw new IllegalStateException("i'mport token refused: " + reply.message());
      }
      token = reply.response().get("access_token").asText();
      long lifetime =
          reply.response().get("expired_at").asLong() - reply.response().get("now").asLong();
      tokenExpiresAt = now + lifetime;
    }
    return token;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token());
  }

  private Reply send(HttpRequest.Builder request) {
    Reply reply = exchange(request);
    if (reply.status() == 401) {
      synchronized (this) {
        token = null;
      }
    }
    return reply;
  }

  private Reply exchange(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode body = JSON.readTree(response.body());
      return new Reply(
          response.statusCode(),
          body.path("code").asInt(-1),
          body.path("message").isNull() ? null : body.path("message").asText(),
          body.get("response"));
    } catch (IOException unreachable) {
      return new Reply(0, -1, "i'mport에 연결할 수 없습니다: " + unreachable.getMessage(), null);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Reply(0, -1, "interrupted", null);
    }
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
