package dev.preflight.harness.profile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A place in the YAML tree: its node, and its path as messages name it ({@code
 * buyer_cancel.steps[1].click}).
 */
record Field(JsonNode node, String path) {

  Field get(String key) {
    return new Field(node.path(key), path.isEmpty() ? key : path + "." + key);
  }

  Field get(int index) {
    return new Field(node.path(index), path + "[" + index + "]");
  }

  /** Absent, or written with no value ({@code key:} alone), which YAML reads as null. */
  boolean absent() {
    return node.isMissingNode() || node.isNull();
  }

  boolean present() {
    return !absent();
  }

  /** What the node is, for a message that says what was found instead. */
  String describe() {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    return "the text \"" + node.asText() + "\"";
  }
}
