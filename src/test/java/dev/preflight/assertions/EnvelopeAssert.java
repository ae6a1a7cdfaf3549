package dev.preflight.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.support.HttpReply;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an i'mport envelope: {@code assertThat(reply).succeeded()}, {@code .refused(…)}.
 */
public final class EnvelopeAssert extends AbstractAssert<EnvelopeAssert, HttpReply> {
  private EnvelopeAssert(HttpReply actual) {
    super(actual, EnvelopeAssert.class);
  }

  public static EnvelopeAssert assertThat(HttpReply actual) {
    return new EnvelopeAssert(actual);
  }

  /** HTTP 200, {@code code 0}, {@code message null}. */
  public EnvelopeAssert succeeded() {
    return hasStatus(200).hasCode(0).hasNullMessage();
  }

  /** An error envelope with exactly this status, code and message, and a null response. */
  public EnvelopeAssert refused(int status, int code, String message) {
    hasStatus(status).hasCode(code);
    JsonNode json = actual.json();
    if (!json.path("message").asText().equals(message)) {
      failWithMessage("expected message <%s> but was <%s>", message, json.path("message").asText());
    }
    if (!json.path("response").isNull()) {
      failWithMessage("expected a null response but was <%s>", json.path("response"));
    }
    return this;
  }

  /** An error envelope with this status whose message contains the text. */
  public EnvelopeAssert refusedMentioning(int status, String text) {
    hasStatus(status);
    JsonNode json = actual.json();
    if (json.path("code").asInt() == 0) {
      failWithMessage("expected a non-zero code but was 0: %s", actual.body());
    }
    if (!json.path("message").asText().contains(text)) {
      failWithMessage(
          "expected message containing <%s> but was <%s>", text, json.path("message").asText());
    }
    return this;
  }

  public EnvelopeAssert hasStatus(int status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("expected HTTP %s but was %s: %s", status, actual.status(), actual.body());
    }
    return this;
  }

  public EnvelopeAssert hasCode(int code) {
    JsonNode json = actual.json();
    if (!json.has("code") || !json.has("message") || !json.has("response")) {
      failWithMessage("not an i'mport envelope: %s", actual.body());
    }
    if (json.get("code").asInt() != code) {
      failWithMessage("expected code %s but was %s: %s", code, json.get("code"), actual.body());
    }
    return this;
  }

  private EnvelopeAssert hasNullMessage() {
    if (!actual.json().get("message").isNull()) {
      failWithMessage("expected a null message but was %s", actual.json().get("message"));
    }
    return this;
  }
}
