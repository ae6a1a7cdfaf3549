package dev.preflight.simulator.journal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The start of a JSON body the simulator answered, as the journal keeps it: at most {@link
 * #MAX_BYTES} of it, secrets masked. Served as {@code {"bytes": <whole size>, "truncated": <cut at
 * the bound>, "body": <the JSON>}}; a cut body shows what came before the cut, every open object
 * and array closed.
 *
 * <p>The simulator writes its answers straight to bytes, without a tree. Keeping those bytes (the
 * same array when the answer fits, a copy of its head when not) costs a REST call nothing while it
 * is answered and about the answer's size in memory; the tree, with the secrets masked, is made
 * when the journal is read. The masked tree is all that ever leaves this class.
 */
public final class BodyExcerpt {
  /** The most of an answer kept: a payment is about 1.1 KB, a page of 20 about 21 KB. */
  public static final int MAX_BYTES = 4096;

  // Our own output, whose input was bounded when it was read: no tighter limits needed.
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The head of the answer as sent, or null when this excerpt was read back from JSON. */
  private final byte[] head;

  private final int bytes;

  /** The excerpt as served, when read back from JSON (a client, a state file). */
  private final JsonNode served;

  private BodyExcerpt(byte[] head, int bytes, JsonNode served) {
    this.head = head;
    this.bytes = bytes;
    this.served = served;
  }

  /**
   * The excerpt of an answer's body. The array must not change afterwards: when it fits it is kept
   * as it is, not copied.
   */
  public static BodyExcerpt of(byte[] body) {
    byte[] head = body.length <= MAX_BYTES ? body : Arrays.copyOf(body, MAX_BYTES);
    return new BodyExcerpt(head, body.length, null);
  }

  /** An excerpt as {@link #toJson()} served it. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static BodyExcerpt fromJson(JsonNode served) {
    return new BodyExcerpt(null, served.path("bytes").asInt(), served);
  }

  /** {@code {"bytes", "truncated", "body"}}, secrets masked. */
  @JsonValue
  public JsonNode toJson() {
    if (served != null) {
      return served;
    }
    ObjectNode json = NODES.objectNode();
    json.put("bytes", bytes);
    json.put("truncated", truncated());
    json.set("body", parse(head, truncated()));
    return json;
  }

  /** The answer's JSON, secrets masked; only its start when {@link #truncated()}. */
  public JsonNode body() {
    return toJson().path("body");
  }

  /** Whether the answer was longer than {@link #MAX_BYTES} and was cut. */
  public boolean truncated() {
    return served == null ? bytes > head.length : served.path("truncated").asBoolean();
  }

  /** The size of the whole answer, in bytes. */
  public int bytes() {
    return bytes;
  }

  /** Two excerpts are equal when they serve the same JSON, kept bytes or read back alike. */
  @Override
  public boolean equals(Object other) {
    return other instanceof BodyExcerpt excerpt && toJson().equals(excerpt.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return toJson().toString();
  }

  /**
   * Reads the JSON token by token, so that a cut copy still gives everything before the cut: the
   * parser fails where the copy ends, and what was read so far is the excerpt.
   */
  private static JsonNode parse(byte[] head, boolean cut) {
    Tree tree = new Tree();
    try (JsonParser in = FACTORY.createParser(head)) {
      JsonToken token;
      while ((token = in.nextToken()) != null) {
        switch (token) {
          case START_OBJECT -> tree.open(in, NODES.objectNode());
          case START_ARRAY -> tree.open(in, NODES.arrayNode());
          case END_OBJECT, END_ARRAY -> tree.close();
          case FIELD_NAME -> tree.name = in.currentName();
          default -> {
            JsonNode value = scalar(in, token);
            // A number that runs up to the cut may have lost digits: leave it out.
            boolean maybeShortened =
                cut && token.isNumeric() && in.currentLocation().getByteOffset() >= head.length;
            if (!maybeShortened) {
              tree.add(value);
            }
          }
        }
      }
    } catch (JacksonException endsInsideAToken) {
      // Only a cut copy ends mid-token; the simulator never answers malformed JSON.
    } catch (IOException unreadable) {
      // An in-memory array cannot fail to read.
    }
    return tree.root == null ? NODES.nullNode() : tree.root;
  }

  private static JsonNode scalar(JsonParser in, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> NODES.textNode(in.getText());
      case VALUE_NUMBER_INT ->
          switch (in.getNumberType()) {
            case INT -> NODES.numberNode(in.getIntValue());
            case LONG -> NODES.numberNode(in.getLongValue());
            default -> NODES.numberNode(in.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(in.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      default -> NODES.nullNode();
    };
  }

  /** The tree being built: the open containers, innermost first, and the pending field name. */
  private static final class Tree {
    private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
    private JsonNode root;
    private String name;

    void open(JsonParser in, ContainerNode<?> container) throws IOException {
      if (name != null && Secrets.isSecret(name)) {
        in.skipChildren();
        add(NODES.textNode(Secrets.MASK));
        return;
      }
      add(container);
      open.push(container);
    }

    void close() {
      open.pop();
    }

    void add(JsonNode value) {
      if (open.isEmpty()) {
        root = value;
      } else if (open.peek() instanceof ObjectNode object) {
        boolean secret = Secrets.isSecret(name) && !value.isNull();
        object.set(
            name, secret ? NODES.textNode(Secrets.maskAnswered(name, value.asText())) : value);
        name = null;
      } else {
        ((ArrayNode) open.peek()).add(value);
      }
    }
  }
}
