package dev.preflight.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** An HTTP answer as tests read it: status, headers, raw body and the body as JSON. */
public record HttpReply(int status, HttpHeaders headers, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (Exception notJson) {
      throw new AssertionError("not JSON (" + status + "): " + body, notJson);
    }
  }

  /** The envelope's {@code response}. */
  public JsonNode response() {
    return json().get("response");
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }
}
