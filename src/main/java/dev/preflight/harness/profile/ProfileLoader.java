package dev.preflight.harness.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a merchant profile from YAML and checks it whole, so that a run never starts with a profile
 * it would trip over halfway. Every problem names its field and its fix.
 */
public final class ProfileLoader {
  /** The reference merchant's profile: what {@code check} uses when given none. */
  public static final String REFERENCE = "/profiles/reference-merchant.yml";

  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

  private ProfileLoader() {}

  /** A profile file. */
  public static MerchantProfile load(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProfileException(
          file.toString(), "", "cannot read the file (" + e + "); check the path given");
    }
    return parse(yaml, file.toString());
  }

  /** A profile packed in the jar or on the test classpath, such as {@link #REFERENCE}. */
  public static MerchantProfile loadResource(String resource) {
    String absolute = resource.startsWith("/") ? resource : "/" + resource;
    try (InputStream in = ProfileLoader.class.getResourceAsStream(absolute)) {
      if (in == null) {
        throw new ProfileException(
            resource,
            "",
            "no such resource on the classpath; check the name, such as " + REFERENCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), absolute);
    } catch (IOException e) {
      throw new ProfileException(resource, "", "cannot read the resource (" + e + ")");
    }
  }

  public static MerchantProfile reference() {
    return loadResource(REFERENCE);
  }

  /**
   * A profile from its text.
   *
   * @param source what messages call it: the file name
   */
  public static MerchantProfile parse(String yaml, String source) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ProfileException(
          source,
          List.of(new Problem("", line, "not valid YAML: " + e.getOriginalMessage().strip())));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new ProfileException(
          source, "", "the profile is empty; start from the example in docs/merchant-profile.md");
    }
    Reader reader = new Reader(Locations.of(YAML, yaml));
    MerchantProfile profile = new ProfileReader(reader).read(new Field(tree, ""));
    if (!reader.problems().isEmpty()) {
      throw new ProfileException(source, reader.problems());
    }
    return profile;
  }
}
