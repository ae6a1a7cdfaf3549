package dev.preflight.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A plain HTTP client to one base URL: any method, path, body and header, the reply as it came. It
 * knows no route of its own, so a test that sends hostile or malformed requests to the control API
 * sees the wire as it is; everything else reaches the control API through {@link
 * dev.preflight.client.SimulatorControl}.
 */
public class PlainHttpClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  public PlainHttpClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public HttpReply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public HttpReply delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  public HttpReply postJson(String path, Object body, String... headers) {
    return sendBody("POST", path, "application/json", json(body), headers);
  }

  public HttpReply putJson(String path, Object body, String... headers) {
    return sendBody("PUT", path, "application/json", json(body), headers);
  }

  public HttpReply postForm(String path, String form, String... headers) {
    return sendBody("POST", path, "application/x-www-form-urlencoded", form, headers);
  }

  public HttpReply sendBody(
      String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        request(path, headers)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private HttpReply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpReply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object body) {
    if (body instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
