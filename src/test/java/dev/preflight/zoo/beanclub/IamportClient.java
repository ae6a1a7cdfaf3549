package dev.preflight.zoo.beanclub;

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
 * 아임포트 REST API 클라이언트 (빈클럽 서버 전용). 모든 호출은 5초 안에 끝나야 하고, 답을 못 받으면 {@link Unavailable}, 아임포트가 거절하면
 * {@link Refused}.
 */
final class IamportClient {

  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** 아임포트가 분명하게 거절한 경우 (code != 0, 또는 4xx 봉투). */
  static final class Refused extends Exception {
    final int code;

    Refused(int code, String message) {
      super(message == null ? "아임포트 요청이 거절되었습니다." : message);
      this.code = code;
    }
  }

  /** 쓸 만한 답을 받지 못한 경우: 타임아웃, 연결 끊김, 5xx, 깨진 본문. */
  static final class Unavailable extends Exception {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final String baseUrl;
  private final String impKey;
  private final String impSecret;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();

  private String token;
  private long tokenValidUntilNanos;

  IamportClient(String baseUrl, String impKey, String impSecret, ObjectMapper json) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.impKey = impKey;
    this.impSecret = impSecret;
    this.json = json;
  }

  // ---------------------------------------------------------------- 결제

  JsonNode payment(String impUid) throws Refused, Unavailable {
    return call("GET", "/payments/" + enc(impUid), null);
  }

  JsonNode prepare(String merchantUid, long amount) throws Refused, Unavailable {
    ObjectNode body = json.createObjectNode();
    body.put("merchant_uid", merchantUid);
    body.put("amount", amount);
    return call("POST", "/payments/prepare", body);
  }

  JsonNode cancel(ObjectNode body) throws Refused, Unavailable {
    return call("POST", "/payments/cancel", body);
  }

  // ---------------------------------------------------------------- 정기결제

  JsonNode again(ObjectNode body) throws Refused, Unavailable {
    return call("POST", "/subscribe/payments/again", body);
  }

  JsonNode schedule(ObjectNode body) throws Refused, Unavailable {
    return call("POST", "/subscribe/payments/schedule", body);
  }

  JsonNode unschedule(ObjectNode body) throws Refused, Unavailable {
    return call("POST", "/subscribe/payments/unschedule", body);
  }

  JsonNode scheduled(String merchantUid) throws Refused, Unavailable {
    return call("GET", "/subscribe/payments/schedule/" + enc(merchantUid), null);
  }

  /** 빌링키 삭제. query 가 null 이면 파라미터 없이 호출. */
  JsonNode deleteCustomer(String customerUid, String query) throws Refused, Unavailable {
    String path = "/subscribe/customers/" + enc(customerUid);
    return call("DELETE", query == null ? path : path + "?" + query, null);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- 공통

  private JsonNode call(String method, String path, JsonNode body) throws Refused, Unavailable {
    String accessToken = token(false);
    HttpResponse<String> res = send(method, path, body, accessToken);
    if (res.statusCode() == 401) {
      // 토큰 만료 등: 한 번만 새로 받아서 다시 시도
      accessToken = token(true);
      res = send(method, path, body, accessToken);
    }
    return unwrap(method + " " + path, res);
  }

  private HttpResponse<String> send(String method, String path, JsonNode body, String accessToken)
      throws Unavailable {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (accessToken != null) {
      req.header("Authorization", "Bearer " + accessToken);
    }
    if (body != null) {
      req.header("Content-Type", "application/json");
      req.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      req.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Unavailable("아임포트 서버에 연결하지 못했습니다: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("아임포트 호출이 중단되었습니다.", e);
    }
  }

  private JsonNode unwrap(String what, HttpResponse<String> res) throws Refused, Unavailable {
    int status = res.statusCode();
    if (status >= 500) {
      throw new Unavailable(what + " → HTTP " + status, null);
    }
    JsonNode envelope;
    try {
      envelope = json.readTree(res.body());
    } catch (IOException e) {
      throw new Unavailable(what + " → 응답을 읽을 수 없습니다 (HTTP " + status + ")", e);
    }
    if (envelope == null || !envelope.isObject() || !envelope.has("code")) {
      throw new Unavailable(what + " → 아임포트 응답 형식이 아닙니다 (HTTP " + status + ")", null);
    }
    int code = envelope.path("code").asInt(-1);
    if (code != 0 || status >= 400) {
      throw new Refused(code, envelope.path("message").asText(null));
    }
    JsonNode response = envelope.get("response");
    return response == null ? json.nullNode() : response;
  }

  private synchronized String token(boolean renew) throws Refused, Unavailable {
    if (!renew && token != null && System.nanoTime() < tokenValidUntilNanos) {
      return token;
    }
    ObjectNode body = json.createObjectNode();
    body.put("imp_key", impKey);
    body.put("imp_secret", impSecret);
    HttpResponse<String> res = send("POST", "/users/getToken", body, null);
    JsonNode r = unwrap("POST /users/getToken", res);
    String t = r.path("access_token").asText(null);
    if (t == null || t.isEmpty()) {
      throw new Unavailable("토큰 응답에 access_token 이 없습니다.", null);
    }
    long life = r.path("expired_at").asLong() - r.path("now").asLong();
    long safe = Math.max(0, life - 60); // 만료 1분 전에 새로 받음
    token = t;
    tokenValidUntilNanos = System.nanoTime() + Duration.ofSeconds(safe).toNanos();
    return token;
  }
}
