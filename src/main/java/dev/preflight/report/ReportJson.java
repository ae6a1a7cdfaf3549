package dev.preflight.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.preflight.simulator.journal.JournalEntry;
import java.io.UncheckedIOException;

/** JSON the HTML and JSON reports share: evidence values as trees, journal entries as objects. */
final class ReportJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private ReportJson() {}

  /**
   * An evidence detail as JSON. Details hold JsonNodes, maps, lists and scalars; anything Jackson
   * cannot take is shown by its text rather than losing the finding.
   */
  static JsonNode tree(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    try {
      return MAPPER.valueToTree(value);
    } catch (IllegalArgumentException unserializable) {
      return TextNode.valueOf(String.valueOf(value));
    }
  }

  static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A journal entry in the shape {@code GET /__sim/journal} returns it. */
  static ObjectNode journalEntry(JournalEntry record) {
    ObjectNode entry = MAPPER.createObjectNode();
    entry.put("seq", record.seq());
    entry.put("at", record.at());
    entry.put("tenant", record.tenant());
    entry.put("kind", record.kind());
    entry.put("method", record.method());
    entry.put("path", record.path());
    entry.set("params", record.params());
    entry.put("status", record.status());
    entry.put("code", record.code());
    entry.set("detail", record.detail());
    entry.set("response", record.response() == null ? null : record.response().toJson());
    return entry;
  }
}
