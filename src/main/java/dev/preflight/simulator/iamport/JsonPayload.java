package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes the {@code response} part of an envelope straight to the output, without a tree. */
@FunctionalInterface
public interface JsonPayload {
  void write(JsonGenerator out) throws IOException;

  JsonPayload NULL = JsonGenerator::writeNull;
}
