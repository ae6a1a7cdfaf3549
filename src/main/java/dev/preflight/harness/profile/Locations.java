package dev.preflight.harness.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of each field of a YAML document, so that a problem points into the file. The tree
 * Jackson builds forgets where its nodes were; the token stream still knows.
 */
final class Locations {
  private final Map<String, Integer> lines;

  private Locations(Map<String, Integer> lines) {
    this.lines = lines;
  }

  static Locations of(YAMLFactory factory, String yaml) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = factory.createParser(yaml)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException unreadable) {
      // The tree reader reports the syntax error; lines are only a help.
    }
    return new Locations(lines);
  }

  static Locations none() {
    return new Locations(Map.of());
  }

  /**
   * The line of a field path such as {@code buyer_cancel.steps[1].click}; for a field that is
   * missing, the line of the nearest enclosing one; 0 when unknown.
   */
  int line(String path) {
    String pointer = toPointer(path);
    while (true) {
      Integer line = lines.get(pointer);
      if (line != null) {
        return line;
      }
      int cut = pointer.lastIndexOf('/');
      if (cut <= 0) {
        return 0;
      }
      pointer = pointer.substring(0, cut);
    }
  }

  private static String toPointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
  }
}
