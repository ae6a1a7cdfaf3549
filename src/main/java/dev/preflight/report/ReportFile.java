package dev.preflight.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one report file into the report directory, creating the directory if needed. */
final class ReportFile {
  private ReportFile() {}

  static Path write(Path dir, String name, String content) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
