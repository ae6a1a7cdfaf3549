package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place that writes i'mport's {@code {code, message, response}} envelope, for successes and
 * failures alike.
 */
public final class Envelope {
  public static final String CONTENT_TYPE = "application/json; charset=UTF-8";
  private static final JsonFactory FACTORY = new JsonFactory();

  private Envelope() {}

  public static byte[] success(JsonPayload response) {
    return write(0, null, response);
  }

  public static byte[] failure(int code, String message) {
    return write(code, message, JsonPayload.NULL);
  }

  public static byte[] write(int code, String message, JsonPayload response) {
    // A payment is about 1.1 KB: start big enough that the usual reply never regrows the buffer.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeNumberField("code", code);
      out.writeStringField("message", message);
      out.writeFieldName("response");
      response.write(out);
      out.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }
}
