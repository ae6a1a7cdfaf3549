package dev.preflight.zoo.teahouse;

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
 * 아임포트 REST API 클라이언트 (다원 찻집 서버용). 모든 호출은 5초 안에 끝나지 않으면 포기한다.
 *
 * <p>결과: {@link Reply} (아임포트가 봉투로 답한 경우, code 0 이든 아니든) 또는 {@link IOException} (연결 실패, 시간 초과, 5xx,
 * 봉투가 아닌 응답: 즉 "답을 모름").
 */
final class Iamport {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** 아임포트가 봉투로 답한 결과. */
  record Reply(int http, int code, String message, JsonNode response) {
    boolean ok() {
      return code == 0 && response != null && !response.isNull();
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final String impKey;
  private final String impSecret;

  private String token;
  private long tokenUntilMillis;

  Iamport(String base, String impKey, String impSecret) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.impKey = impKey;
    this.impSecret = impSecret;
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  /** GET /payments/{imp_uid} */
  Reply payment(String impUid) throws IOException {
    return call("GET", "/payments/" + URLEncoder.encode(impUid, StandardCharsets.UTF_8), null);
  }

  /** POST /payments/prepare: 결제 금액 사전등록 */
  Reply prepare(String merchantUid, long amount) throws IOException {
    ObjectNode body = object();
    body.put("merchant_uid", merchantUid);
    body.put("amount", amount);
    return call("POST", "/payments/prepare", body);
  }

  /** PUT /payments/prepare: 사전등록 금액 변경 */
  Reply updatePrepare(String merchantUid, long amount) throws IOException {
    ObjectNode body = object();
    body.put("merchant_uid", merchantUid);
    body.put("amount", amount);
    return call("PUT", "/payments/prepare", body);
  }

  /** POST /payments/cancel */
  Reply cancel(ObjectNode body) throws IOException {
    return call("POST", "/payments/cancel", body);
  }

  private Reply call(String method, String path, ObjectNode body) throws IOException {
    Reply reply = send(method, path, body, accessToken());
    if (reply.http() == 401) {
      // 토큰이 만료되었거나 무효: 한 번만 새로 받아서 다시 시도
      synchronized (this) {
        token = null;
      }
      reply = send(method, path, body, accessToken());
    }
    return reply;
  }

  private synchronized String accessToken() throws IOException {
    long now = System.currentTimeMillis();
    if (token != null && now < tokenUntilMillis) {
      return token;
    }
    ObjectNode body = object();
    body.put("imp_key", impKey);
    body.put("imp_secret", impSecret);
    Reply reply = send("POST", "/users/getToken", body, null);
    if (!reply.ok() || !reply.response().hasNonNull("access_token")) {
      throw new IOException("아임포트 토큰 발급 실패: HTTP " + reply.http() + " " + reply.message());
    }
    JsonNode r = reply.response();
    long lifetime = r.path("expired_at").asLong(0) - r.path("now").asLong(0);
    token = r.get("access_token").asText();
    // 만료 1분 전부터는 새로 받는다
    tokenUntilMillis = now + Math.max(0, lifetime - 60) * 1000L;
    return token;
  }

  private Reply send(String method, String path, ObjectNode body, String accessToken)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json; charset=UTF-8");
      request.method(
          method,
          HttpRequest.BodyPublishers.ofString(
              json.writeValueAsString(body), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("아임포트 호출 중단", e);
    }
    int status = response.statusCode();
    if (status >= 500) {
      throw new IOException("아임포트 서버 오류: HTTP " + status);
    }
    JsonNode envelope;
    try {
      envelope = json.readTree(response.body());
    } catch (IOException e) {
      throw new IOException("아임포트 응답을 읽을 수 없음: HTTP " + status, e);
    }
    if (envelope == null || !envelope.isObject() || !envelope.has("code")) {
      throw new IOException("아임포트 응답 형식 오류: HTTP " + status);
    }
    JsonNode message = envelope.get("message");
    return new Reply(
        status,
        envelope.get("code").asInt(-1),
        message == null || message.isNull() ? null : message.asText(),
        envelope.get("response"));
  }
}
