package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reading recorded parameters the way the rules need: JSON types kept, nulls as absent. */
final class JsonValues {
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private JsonValues() {}

  /** A scalar as text, or null when missing, null, blank or a container. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
      return null;
    }
    String text = node.asText();
    return text.isBlank() ? null : text;
  }

  static boolean isNonEmptyString(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank();
  }

  static boolean isPresent(JsonNode node) {
    return node != null && !node.isNull() && !node.isMissingNode();
  }

  /** A whole number sent as a number or as digits in a string; empty otherwise. */
  static OptionalLong wholeNumber(JsonNode node) {
    if (node == null) {
      return OptionalLong.empty();
    }
    if (node.isNumber() && node.canConvertToExactIntegral()) {
      return OptionalLong.of(node.asLong());
    }
    if (node.isTextual() && node.asText().strip().matches("-?\\d{1,18}")) {
      return OptionalLong.of(Long.parseLong(node.asText().strip()));
    }
    return OptionalLong.empty();
  }

  /** A JSON number with no fraction: what "an integer, not a string" means. */
  static boolean isIntegerNumber(JsonNode node) {
    return node != null && node.isNumber() && node.canConvertToExactIntegral();
  }

  /** The JSON type's name as a JavaScript developer says it. */
  static String type(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    return switch (node.getNodeType()) {
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A parameter for evidence: its JSON value and type. */
  static Map<String, Object> typed(JsonNode node) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("value", node == null || node.isMissingNode() ? null : node);
    value.put("type", type(node));
    return value;
  }

  /** A strict yyyyMMdd date (20250230 is not one). */
  static Optional<LocalDate> yyyyMMdd(String text) {
    if (text == null || !text.matches("\\d{8}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, YYYYMMDD));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  /** A string or each string of an array ({@code imp_uid[]=a} arrives as an array). */
  static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(item -> texts.add(item.asText()));
    } else if (text(node) != null) {
      texts.add(text(node));
    }
    return texts;
  }

  /**
   * Whether every leaf is a string: what a form-urlencoded body looks like once parsed, where a
   * number cannot be told from a string.
   */
  static boolean allLeavesStrings(JsonNode node) {
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (!allLeavesStrings(child)) {
          return false;
        }
      }
      return true;
    }
    return node.isTextual() || node.isNull();
  }
}
