package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.web.Excerpt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's parameters, read the lenient way the gateway reads them: null means absent, numbers
 * are accepted as text, and numeric strings as numbers. What cannot be read becomes a 400 envelope
 * naming the parameter.
 */
public final class Params {
  /** No real order comes near this; larger amounts are typing mistakes or probes. */
  public static final long MAX_AMOUNT = 99_999_999_999L;

  /**
   * Digits before or after the point that a number may have before it is refused unread: {@code
   * 1e999999999} is short to send, but its plain form is a billion characters.
   */
  private static final int MAX_DIGITS = 30;

  private final ObjectNode tree;
  private final String prefix;
  private final String format;

  private Params(ObjectNode tree, String prefix, String format) {
    this.tree = tree;
    this.prefix = prefix;
    this.format = format;
  }

  public static Params json(ObjectNode tree) {
    return new Params(tree, "", "json");
  }

  public static Params form(ObjectNode tree) {
    return new Params(tree, "", "form");
  }

  public static Params empty() {
    return new Params(JsonNodeFactory.instance.objectNode(), "", null);
  }

  /**
   * How the body came: {@code json} or {@code form}; null when there was none. A form body can only
   * carry strings, so whether a string amount is a mistake depends on it.
   */
  public String format() {
    return format;
  }

  public ObjectNode tree() {
    return tree;
  }

  public boolean has(String name) {
    return node(name) != null;
  }

  private JsonNode node(String name) {
    JsonNode node = tree.get(name);
    return node == null || node.isNull() ? null : node;
  }

  private String label(String name) {
    return prefix + name;
  }

  /** A string parameter; blank counts as absent. */
  public String text(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    if (!node.isValueNode()) {
      throw ApiException.badParameter(label(name) + " 파라미터는 문자열이어야 합니다.");
    }
    String text = node.asText();
    return text.isBlank() ? null : text;
  }

  public String requiredText(String name) {
    String text = text(name);
    if (text == null) {
      throw missing(name);
    }
    return text;
  }

  /** A number of won: a whole number from 0 up to {@link #MAX_AMOUNT}, or null when absent. */
  public Long amount(String name) {
    BigDecimal value = number(name);
    if (value == null) {
      return null;
    }
    if (value.signum() < 0) {
      throw ApiException.badParameter(
          label(name) + " 파라미터는 0 이상이어야 합니다. (받은 값: " + value.toPlainString() + ")");
    }
    if (value.stripTrailingZeros().scale() > 0) {
      throw ApiException.badParameter(
          label(name) + " 파라미터는 원 단위 정수여야 합니다. (받은 값: " + value.toPlainString() + ")");
    }
    if (value.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
      throw ApiException.badParameter(
          label(name)
              + " 파라미터가 허용 범위("
              + MAX_AMOUNT
              + "원)를 넘습니다. (받은 값: "
              + value.toPlainString()
              + ")");
    }
    return value.longValueExact();
  }

  /** A required amount greater than zero. */
  public long positiveAmount(String name) {
    Long value = amount(name);
    if (value == null) {
      throw missing(name);
    }
    if (value == 0) {
      throw ApiException.badParameter(label(name) + " 파라미터는 0보다 커야 합니다.");
    }
    return value;
  }

  /** A whole number such as a UNIX time, a page or a limit; null when absent. */
  public Long integer(String name) {
    BigDecimal value = number(name);
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException notWhole) {
      throw ApiException.badParameter(
          label(name) + " 파라미터는 정수여야 합니다. (받은 값: " + value.toPlainString() + ")");
    }
  }

  private BigDecimal number(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    BigDecimal value = decimal(name, node);
    if (value != null
        && (value.scale() > MAX_DIGITS || (long) value.precision() - value.scale() > MAX_DIGITS)) {
      throw ApiException.badParameter(
          label(name) + " 파라미터가 허용 범위를 벗어났습니다. (받은 값: " + shown(node) + ")");
    }
    return value;
  }

  private BigDecimal decimal(String name, JsonNode node) {
    if (node.isNumber()) {
      // 1e400 reads as an infinite double, which has no BigDecimal.
      if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
        throw ApiException.badParameter(
            label(name) + " 파라미터가 허용 범위를 벗어났습니다. (받은 값: " + shown(node) + ")");
      }
      return node.decimalValue();
    }
    // A numeric string is accepted in JSON too: PHP merchants pass $_POST strings to the client,
    // which JSON-encodes them as strings, and the gateway takes them. The journal keeps the type.
    if (node.isTextual()) {
      String text = node.asText().trim();
      if (text.isEmpty()) {
        return null;
      }
      if (text.length() > 2 * MAX_DIGITS) {
        // Parsing a million digits costs seconds, and no such number is in range anyway.
        throw ApiException.badParameter(
            label(name) + " 파라미터가 허용 범위를 벗어났습니다. (받은 값: " + shown(node) + ")");
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException notANumber) {
        throw notNumber(name, node);
      }
    }
    throw notNumber(name, node);
  }

  public Boolean flag(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (!node.isValueNode()) {
      // asText() of an array or object is "", which would read as false.
      throw ApiException.badParameter(
          label(name) + " 파라미터는 true 또는 false여야 합니다. (받은 값: " + shown(node) + ")");
    }
    String text = node.asText().trim();
    return switch (text) {
      case "true", "1", "Y", "y" -> true;
      case "false", "0", "N", "n", "" -> false;
      default ->
          throw ApiException.badParameter(
              label(name) + " 파라미터는 true 또는 false여야 합니다. (받은 값: " + shown(node) + ")");
    };
  }

  /** A nested object such as {@code extra}; empty when absent. */
  public Params object(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return new Params(JsonNodeFactory.instance.objectNode(), label(name) + ".", format);
    }
    if (!node.isObject()) {
      throw ApiException.badParameter(label(name) + " 파라미터는 객체여야 합니다.");
    }
    return new Params((ObjectNode) node, label(name) + ".", format);
  }

  /** An array of objects such as {@code schedules}; empty when absent. */
  public List<Params> objects(String name) {
    JsonNode node = node(name);
    List<Params> list = new ArrayList<>();
    if (node == null) {
      return list;
    }
    if (!node.isArray()) {
      throw ApiException.badParameter(label(name) + " 파라미터는 배열이어야 합니다.");
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isObject()) {
        throw ApiException.badParameter(label(name) + "[" + i + "] 항목은 객체여야 합니다.");
      }
      list.add(new Params((ObjectNode) item, label(name) + "[" + i + "].", format));
    }
    return list;
  }

  /** A string or an array of strings ({@code notice_url}, unschedule's {@code merchant_uid}). */
  public List<String> texts(String name) {
    JsonNode node = node(name);
    List<String> list = new ArrayList<>();
    if (node == null) {
      return list;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isValueNode()) {
          throw ApiException.badParameter(label(name) + " 파라미터는 문자열 배열이어야 합니다.");
        }
        if (!item.isNull() && !item.asText().isBlank()) {
          list.add(item.asText());
        }
      }
      return list;
    }
    String single = text(name);
    if (single != null) {
      list.add(single);
    }
    return list;
  }

  /** The JSON text of a parameter that i'mport stores as a string, such as {@code custom_data}. */
  public String jsonText(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    return node.isTextual() ? node.asText() : node.toString();
  }

  /** A received value as the error message quotes it: short enough to read. */
  private static String shown(JsonNode node) {
    return Excerpt.of(node);
  }

  private ApiException missing(String name) {
    return ApiException.badParameter(label(name) + " 파라미터가 누락되었습니다.");
  }

  private ApiException notNumber(String name, JsonNode node) {
    return ApiException.badParameter(label(name) + " 파라미터는 숫자여야 합니다. (받은 값: " + shown(node) + ")");
  }
}
