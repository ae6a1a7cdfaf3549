package dev.preflight.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The example request a mapping's metadata gives ({@code metadata.example}), sent as a client
 * would, selecting a fault by header or by query parameter, or by neither.
 */
record PackRequest(String method, String path, String jsonBody, String header, String query) {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static PackRequest example(JsonNode example) {
    JsonNode body = example.get("body");
    return new PackRequest(
        example.get("method").asText(),
        example.get("path").asText(),
        body == null ? null : body.toString(),
        null,
        null);
  }

  PackRequest selecting(String selectedBy, String faultId) {
    return selectedBy.equals("header")
        ? new PackRequest(method, path, jsonBody, faultId, null)
        : new PackRequest(method, path, jsonBody, null, faultId);
  }

  PackRequest withHeader(String faultId) {
    return new PackRequest(method, path, jsonBody, faultId, null);
  }

  HttpResponse<byte[]> send(String baseUrl, Duration timeout) throws IOException {
    return send(baseUrl, timeout, new String[0]);
  }

  HttpResponse<byte[]> send(String baseUrl, Duration timeout, String... headers)
      throws IOException {
    String url = baseUrl + path + (query == null ? "" : "?" + FaultFront.FAULT_QUERY + "=" + query);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    }
    if (header != null) {
      request.header(FaultFront.FAULT_HEADER, header);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** Whether the call is still unanswered after {@code timeout}. */
  boolean stillWaitingAfter(String baseUrl, Duration timeout) {
    try {
      send(baseUrl, timeout);
      return false;
    } catch (HttpTimeoutException timedOut) {
      return true;
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }
}
