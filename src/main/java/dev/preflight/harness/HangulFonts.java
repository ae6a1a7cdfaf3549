package dev.preflight.harness;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether Chromium on this machine will have a font for Hangul. Without one every screenshot of a
 * Korean page is rows of empty boxes, and Debian installs none by default. Asked of fontconfig
 * ({@code fc-list :lang=ko}), which Chromium on Linux uses; macOS and Windows ship Korean fonts.
 * Anything short of a clear "none" (no fc-list, an error, no answer in time) counts as present: a
 * warning on a guess would be noise.
 */
public final class HangulFonts {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final List<String> command;
  private final Duration timeout;
  private final String osName;

  /**
   * @param command the fontconfig query, run as is (no shell)
   * @param timeout how long it may take before the answer counts as unknown
   * @param osName the {@code os.name} to judge by: only Linux is asked
   */
  public HangulFonts(List<String> command, Duration timeout, String osName) {
    this.command = List.copyOf(command);
    this.timeout = timeout;
    this.osName = osName;
  }

  /** This machine's fontconfig, given three seconds. */
  public static HangulFonts here() {
    return new HangulFonts(
        List.of("fc-list", ":lang=ko"), TIMEOUT, System.getProperty("os.name", ""));
  }

  /** True only when fontconfig answered, successfully, and listed no font for Korean. */
  public boolean missing() {
    if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
      return false;
    }
    Path listing = null;
    try {
      // Into a file, not a pipe: a pipe left unread could stall a long listing, and a query that
      // never ends must not hold the check up.
      listing = Files.createTempFile("fc-list", ".txt");
      Process query =
          new ProcessBuilder(command)
              .redirectInput(Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(listing.toFile())
              .redirectError(Redirect.DISCARD)
              .start();
      if (!query.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        query.destroyForcibly();
        return false;
      }
      return query.exitValue() == 0
          && new String(Files.readAllBytes(listing), StandardCharsets.UTF_8).isBlank();
    } catch (IOException noFontconfig) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      if (listing != null) {
        listing.toFile().delete();
      }
    }
  }
}
