package dev.preflight.harness;

import java.net.URL;
import java.util.Locale;
import java.util.Optional;

/**
 * Which browser a run drives: Chromium here, HtmlUnit (embedded, no install), or a Selenium Grid.
 *
 * @param grid the grid's address when {@code engine} is {@link Engine#GRID}, else null
 */
public record BrowserChoice(Engine engine, URL grid) {

  /** The kinds of browser; {@code auto} on the command line picks one of the first two. */
  public enum Engine {
    CHROMIUM,
    HTMLUNIT,
    GRID
  }

  public BrowserChoice {
    if ((engine == Engine.GRID) != (grid != null)) {
      throw new IllegalArgumentException("a grid address goes with the grid engine, and only it");
    }
  }

  /** Chromium when it is installed, else HtmlUnit: what {@code --browser auto} means. */
  public static BrowserChoice auto() {
    return new BrowserChoice(
        Browsers.chromiumInstalled() ? Engine.CHROMIUM : Engine.HTMLUNIT, null);
  }

  public static BrowserChoice of(Engine engine) {
    return new BrowserChoice(engine, null);
  }

  public static BrowserChoice grid(URL grid) {
    return new BrowserChoice(Engine.GRID, grid);
  }

  /** Why this choice cannot run here, if it cannot: Chromium asked for but not installed. */
  public Optional<String> unavailable() {
    return engine == Engine.CHROMIUM && !Browsers.chromiumInstalled()
        ? Optional.of(Browsers.chromiumMissing())
        : Optional.empty();
  }

  /** Whether the browser can take screenshots: HtmlUnit renders nothing to take. */
  public boolean screenshots() {
    return engine != Engine.HTMLUNIT;
  }

  /** How reports name it. */
  public String label() {
    return switch (engine) {
      case CHROMIUM -> "Chromium (headless)";
      case HTMLUNIT -> "HtmlUnit";
      case GRID -> "Selenium Grid at " + grid;
    };
  }

  @Override
  public String toString() {
    return engine.name().toLowerCase(Locale.ROOT);
  }
}
