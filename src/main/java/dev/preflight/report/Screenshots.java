package dev.preflight.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * Screenshots as data URIs, so index.html stays one file a merchant can mail to a colleague. A name
 * that does not resolve to a PNG inside the report directory is left out rather than read.
 */
final class Screenshots {
  private final Path dir;

  Screenshots(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Optional<String> dataUri(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Path file = dir.resolve(name).normalize();
    if (!file.startsWith(dir)
        || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")
        || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read screenshot " + file, e);
    }
  }
}
