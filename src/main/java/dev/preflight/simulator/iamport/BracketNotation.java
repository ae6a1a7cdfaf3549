package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.web.Excerpt;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns form-urlencoded pairs with PHP-style brackets ({@code extra[requester]=customer}, {@code
 * schedules[0][extra][naverUseCfm]=20261231}, {@code imp_uid[]=a}) into the JSON tree a JSON body
 * would have given. Values stay strings, as the form sent them.
 */
final class BracketNotation {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;

  private BracketNotation() {}

  /** Parses a raw {@code a=1&b[c]=2} string; an empty or null string gives an empty object. */
  static ObjectNode parse(String encoded) {
    ObjectNode root = NODES.objectNode();
    if (encoded == null || encoded.isEmpty()) {
      return root;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      put(root, key, value);
    }
    ObjectNode result = NODES.objectNode();
    root.fields().forEachRemaining(field -> result.set(field.getKey(), arrays(field.getValue())));
    return result;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      throw ApiException.badParameter(
          "form 데이터의 URL 인코딩이 올바르지 않습니다: " + Excerpt.of(text) + " (malformed percent-encoding)");
    }
  }

  /**
   * Places one value. Arrays are first built as objects keyed by index ({@code []} takes the next
   * index) and turned into arrays at the end, so that {@code a[1]} before {@code a[0]} still works.
   */
  private static void put(ObjectNode root, String key, String value) {
    List<String> path = segments(key);
    ObjectNode node = root;
    for (int i = 0; i < path.size() - 1; i++) {
      String segment = segment(node, path.get(i));
      JsonNode child = node.get(segment);
      if (child == null) {
        child = node.putObject(segment);
      } else if (!child.isObject()) {
        throw conflicting(key);
      }
      node = (ObjectNode) child;
    }
    String last = segment(node, path.get(path.size() - 1));
    JsonNode existing = node.get(last);
    if (existing != null && existing.isObject()) {
      throw conflicting(key);
    }
    node.put(last, value);
  }

  private static String segment(ObjectNode parent, String segment) {
    return segment.isEmpty() ? Integer.toString(parent.size()) : segment;
  }

  private static List<String> segments(String key) {
    List<String> path = new ArrayList<>();
    int open = key.indexOf('[');
    if (open <= 0) {
      path.add(key);
      return path;
    }
    path.add(key.substring(0, open));
    int at = open;
    while (at < key.length()) {
      int close = key.indexOf(']', at);
      if (key.charAt(at) != '[' || close < 0) {
        throw ApiException.badParameter("파라미터 이름의 괄호 표기가 올바르지 않습니다: " + Excerpt.of(key));
      }
      path.add(key.substring(at + 1, close));
      at = close + 1;
    }
    if (path.size() > MAX_DEPTH) {
      throw ApiException.badParameter("파라미터 이름이 너무 깊게 중첩되어 있습니다: " + Excerpt.of(key));
    }
    return path;
  }

  private static ApiException conflicting(String key) {
    return ApiException.badParameter("같은 파라미터가 값과 객체로 함께 전달되었습니다: " + Excerpt.of(key));
  }

  /** Objects whose keys are all indexes become arrays, in index order. */
  private static JsonNode arrays(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    ObjectNode object = (ObjectNode) node;
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    List<Map.Entry<String, JsonNode>> converted = new ArrayList<>();
    boolean allIndexes = object.size() > 0;
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      converted.add(Map.entry(field.getKey(), arrays(field.getValue())));
      allIndexes &= field.getKey().matches("\\d{1,4}");
    }
    if (allIndexes) {
      TreeMap<Integer, JsonNode> byIndex = new TreeMap<>();
      converted.forEach(e -> byIndex.put(Integer.parseInt(e.getKey()), e.getValue()));
      ArrayNode array = NODES.arrayNode();
      byIndex.values().forEach(array::add);
      return array;
    }
    ObjectNode result = NODES.objectNode();
    converted.forEach(e -> result.set(e.getKey(), e.getValue()));
    return result;
  }
}
