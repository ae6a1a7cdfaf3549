package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/merchant-profile.md keeps up with the profile: its example is the real one, whole. */
class ProfileDocumentationTest {
  private static final Path DOC = Path.of("docs", "merchant-profile.md");

  /** Step lists are documented once, under Steps; subscription.pay is documented as pay. */
  private static final Set<String> NOT_DESCENDED =
      Set.of("steps", "sign_up", "buyer", "admin", "before", "add_item", "subscription.pay");

  /** The three cancels share one table, whose rows are written ….row, ….steps, ….done. */
  private static final Map<String, String> SHARED =
      Map.of(
          "buyer_cancel.", "….",
          "admin_cancel.", "….",
          "admin_partial_cancel.", "….");

  @Test
  void includesTheReferenceProfileVerbatim() throws IOException {
    String reference;
    try (InputStream in = ProfileLoader.class.getResourceAsStream(ProfileLoader.REFERENCE)) {
      reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(doc()).contains("```yaml\n" + reference + "```");
  }

  @Test
  void documentsEveryTopLevelField() throws IOException {
    String doc = doc();

    for (String field : ProfileReader.FIELDS) {
      assertThat(doc).as(field).contains("| `" + field + "` |");
    }
  }

  @Test
  void documentsEveryFieldOfTheReferenceProfile() throws IOException {
    String doc = doc();
    List<String> paths = new ArrayList<>();
    collect(InvalidProfilesTest.reference(), "", paths);

    assertThat(paths).hasSizeGreaterThan(30);
    for (String path : paths) {
      assertThat(doc).as(path).contains("`" + documented(path) + "`");
    }
  }

  private static void collect(JsonNode node, String path, List<String> paths) {
    if (!path.isEmpty()) {
      paths.add(path);
    }
    String key = path.substring(path.lastIndexOf('.') + 1);
    if (NOT_DESCENDED.contains(key) || NOT_DESCENDED.contains(path)) {
      return;
    }
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              name -> collect(node.get(name), path.isEmpty() ? name : path + "." + name, paths));
    } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
      collect(node.get(0), path + "[]", paths);
      paths.remove(path + "[]");
    }
  }

  private static String documented(String path) {
    for (Map.Entry<String, String> shared : SHARED.entrySet()) {
      if (path.startsWith(shared.getKey())) {
        return shared.getValue() + path.substring(shared.getKey().length());
      }
    }
    return path;
  }

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }
}
