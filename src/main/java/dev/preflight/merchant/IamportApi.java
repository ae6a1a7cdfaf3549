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
import java.util.function.UnaryOperator;

/**
 * The shop's server-side i'mport REST client, written the way a merchant writes one: a token from
 * {@code /users/getToken}, reused until shortly before it expires, then JSON calls with {@code
 * Authorization: Bearer}. Every call gives up after {@link #TIMEOUT}: a gateway that hangs must not
 * hang the buyer's page with it.
 */
final class IamportApi {
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final String baseUrl;
  private final String impKey;
  private final String impSecret;
  private String token;
  private long tokenExpiresAt;

  /**
   * An i'mport answer: the HTTP status (0 when none came), the envelope's code and message, and its
   * response.
   */
  record Reply(int status, int code, String message, JsonNode response) {
    static Reply unavailable(String why) {
      return new Reply(0, -1, why, null);
    }

    boolean ok() {
      return status == 200 && code == 0 && response != null;
    }

    /**
     * No usable answer: nothing came back in time, the connection broke, the body was no envelope,
     * the gateway failed (5xx), or it refused the shop's own credentials (401). Unlike a refusal
     * such as 404, it says nothing about the payment, which may well be paid.
     */
    boolean unavailable() {
      return status == 0 || status == 401 || status >= 500;
    }
  }

  /** The token could not be had; the call it was for fails with this reply. */
  private static final class NoToken extends Exception {
    private final Reply reply;

    NoToken(Reply reply) {
      super(reply.message(), null, false, false);
      this.reply = reply;
    }
  }

  IamportApi(String baseUrl, String impKey, String impSecret) {
    this.baseUrl = baseUrl;
    this.impKey = impKey;
    this.impSecret = impSecret;
  }

  Reply get(String path) {
    return send(path, request -> request.GET());
  }

  Reply delete(String path) {
    return send(path, request -> request.DELETE());
  }

  Reply post(String path, Object body) {
    return send(
        path,
        request ->
            request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  private synchronized String token() throws NoToken {
    long now = System.currentTimeMillis() / 1000;
    if (token == null || now >= tokenExpiresAt - 30) {
      Reply reply =
          exchange(
              HttpRequest.newBuilder(URI.create(baseUrl + "/users/getToken"))
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          json(Map.of("imp_key", impKey, "imp_secret", impSecret)))));
      JsonNode issued = reply.ok() ? reply.response() : null;
      if (issued == null || !issued.path("access_token").isTextual()) {
        throw new NoToken(reply.ok() ? Reply.unavailable("getToken: no access_token") : reply);
      }
      token = issued.get("access_token").asText();
      long lifetime = issued.path("expired_at").asLong() - issued.path("now").asLong();
      tokenExpiresAt = now + lifetime;
    }
    return token;
  }

  /**
   * One call with the shop's token. The API refusing the token (401: it expired early, since the
   * gateway's clock moved on) is answered once more with a fresh one, as careful shops do; a
   * refused getToken is not.
   */
  private Reply send(String path, UnaryOperator<HttpRequest.Builder> method) {
    for (int attempt = 1; ; attempt++) {
      HttpRequest.Builder request;
      try {
        request =
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token());
      } catch (NoToken refused) {
        return refused.reply;
      }
      Reply reply = exchange(method.apply(request));
      if (reply.status() != 401) {
        return reply;
      }
      synchronized (this) {
        token = null;
      }
      if (attempt == 2) {
        return reply;
      }
    }
  }

  /** One call; a broken, late or unreadable answer becomes an {@linkplain Reply#unavailable}. */
  private Reply exchange(HttpRequest.Builder request) {
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException unreachable) {
      return Reply.unavailable("i'mport did not answer: " + unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Reply.unavailable("interrupted");
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException unreadable) {
      body = null;
    }
    if (body == null || !body.path("code").isInt()) {
      return Reply.unavailable("HTTP " + response.statusCode() + " without an i'mport envelope");
    }
    return new Reply(
        response.statusCode(),
        body.get("code").asInt(),
        body.path("message").isNull() ? null : body.path("message").asText(),
        body.get("response") == null || body.get("response").isNull()
            ? null
            : body.get("response"));
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
