package dev.preflight.faults;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A WireMock root such as {@code stubs/}: {@code mappings/<capability>/*.json}, each file holding
 * one mapping or {@code {"mappings": [...]}}, and the bodies in {@code __files/}. Every fault
 * mapping names its fault in {@code metadata.fault}; a mapping whose {@code metadata.front} is
 * {@code proxy} answers from a file when WireMock runs alone, and from the simulator in the front.
 */
public final class StubPack {
  static final String FAULT = "fault";
  static final String SELECTED_BY = "selected_by";
  static final String FRONT = "front";
  static final String PROXY = "proxy";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final List<ObjectNode> mappings;

  private StubPack(Path root, List<ObjectNode> mappings) {
    this.root = root;
    this.mappings = List.copyOf(mappings);
  }

  /** Reads the pack; the exception's message names the file and what is wrong with it. */
  public static StubPack load(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(
          root + ": no such directory; point it at a WireMock root such as stubs/");
    }
    Path mappingsDir = root.resolve("mappings");
    if (!Files.isDirectory(mappingsDir)) {
      throw new IllegalArgumentException(
          root + " has no mappings/ directory, so it is not a WireMock root (see stubs/)");
    }
    List<ObjectNode> mappings = new ArrayList<>();
    for (Path file : jsonFiles(mappingsDir)) {
      mappings.addAll(read(file));
    }
    if (mappings.isEmpty()) {
      throw new IllegalArgumentException(mappingsDir + " holds no mappings (*.json)");
    }
    return new StubPack(root, mappings);
  }

  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static List<ObjectNode> read(Path file) {
    JsonNode tree;
    try {
      tree = JSON.readTree(file.toFile());
    } catch (JacksonException malformed) {
      throw new IllegalArgumentException(
          file + ": not valid JSON: " + malformed.getOriginalMessage(), malformed);
    } catch (IOException unreadable) {
      throw new IllegalArgumentException(file + ": cannot read it: " + unreadable.getMessage());
    }
    List<ObjectNode> found = new ArrayList<>();
    JsonNode list = tree == null ? null : tree.get("mappings");
    for (JsonNode mapping : list != null && list.isArray() ? list : List.of(tree)) {
      if (mapping == null || !mapping.isObject() || !mapping.has("request")) {
        throw new IllegalArgumentException(
            file
                + ": expected a mapping with \"request\" and \"response\", or {\"mappings\": [...]}");
      }
      found.add((ObjectNode) mapping);
    }
    return found;
  }

  public Path root() {
    return root;
  }

  /** Every mapping of the pack, as written (copies). */
  public List<ObjectNode> mappings() {
    return mappings.stream().map(ObjectNode::deepCopy).toList();
  }

  /** The fault ids the pack defines, sorted. */
  public List<String> faultIds() {
    TreeSet<String> ids = new TreeSet<>();
    for (ObjectNode mapping : mappings) {
      String id = mapping.path("metadata").path(FAULT).asText("");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The mappings as the front serves them: those marked {@code front: proxy} fetch their answer
   * from the simulator, after the same delay, instead of from {@code __files/}.
   */
  List<String> inFrontOf(String simulatorUrl) {
    List<String> served = new ArrayList<>();
    for (ObjectNode mapping : mappings()) {
      if (PROXY.equals(mapping.path("metadata").path(FRONT).asText())) {
        JsonNode delay = mapping.path("response").path("fixedDelayMilliseconds");
        ObjectNode response = mapping.putObject("response");
        response.put("proxyBaseUrl", simulatorUrl);
        if (delay.isNumber()) {
          response.set("fixedDelayMilliseconds", delay);
        }
      }
      served.add(mapping.toString());
    }
    return served;
  }
}
