package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.journal.Secrets;
import dev.preflight.web.BoundedJson;
import java.util.Locale;

/**
 * A call's body and query parameters together, as sent, with secrets masked: what the journal
 * keeps.
 */
public final class CallParams {
  private static final ObjectMapper JSON = BoundedJson.mapper();

  private CallParams() {}

  static ObjectNode of(Params body, Params query) {
    ObjectNode merged = body.tree().deepCopy();
    query.tree().fields().forEachRemaining(f -> merged.putIfAbsent(f.getKey(), f.getValue()));
    for (String secret : Secrets.FIELDS) {
      if (merged.has(secret)) {
        merged.put(secret, Secrets.MASK);
      }
    }
    return merged;
  }

  /**
   * The same from a raw request, read leniently, for calls answered before they reach the simulator
   * (the WireMock front): a body that is neither a JSON object nor a form is kept as {@code
   * _unparsed}.
   */
  public static ObjectNode fromRaw(String queryString, String contentType, String body) {
    ObjectNode parsed = JsonNodeFactory.instance.objectNode();
    String text = body == null ? "" : body.strip();
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json") || (!type.contains("form") && text.startsWith("{"))) {
      try {
        JsonNode node = JSON.readTree(text);
        if (node != null && node.isObject()) {
          parsed = (ObjectNode) node;
        } else if (!text.isEmpty()) {
          parsed.put("_unparsed", text);
        }
      } catch (JacksonException malformed) {
        parsed.put("_unparsed", text);
      }
    } else {
      parsed = BracketNotation.parse(text);
    }
    return of(Params.json(parsed), Params.form(BracketNotation.parse(queryString)));
  }
}
