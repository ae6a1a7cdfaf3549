package dev.preflight.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Selenium Grid in standalone mode, run from the test classpath as a child process on a free
 * loopback port, with one Chromium slot driven by Debian's chromedriver. Selenium Manager stays off
 * and driver detection too, so the node never tries to download a driver or a browser. Closing it
 * ends the Grid and whatever it started that is still alive, by process handle.
 */
public final class StandaloneGrid implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final String STEREOTYPE =
      "{\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":\"/usr/bin/chromium\"}}";

  private final Process process;
  private final Path log;
  private final int port;

  private StandaloneGrid(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the Grid and waits until it says it is ready. */
  public static StandaloneGrid start() {
    int port = FreePort.take();
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "grid")), "g");
      Path log = dir.resolve("grid.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      "org.openqa.selenium.grid.Main",
                      "standalone",
                      "--host",
                      "127.0.0.1",
                      "--port",
                      String.valueOf(port),
                      "--selenium-manager",
                      "false",
                      "--detect-drivers",
                      "false",
                      "--driver-configuration",
                      "display-name=chromium",
                      "max-sessions=1",
                      "stereotype=" + STEREOTYPE,
                      "webdriver-executable="
                          + dev.preflight.harness.Browsers.chromiumInstall().chromedriver()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      // As for a local Chromium: keep its files out of $HOME, and its socket path short.
      Path sockets = Files.createTempDirectory("npay-grid-");
      sockets.toFile().deleteOnExit();
      builder
          .environment()
          .putAll(
              Map.of(
                  "XDG_CONFIG_HOME", Files.createDirectories(dir.resolve("config")).toString(),
                  "XDG_CACHE_HOME", Files.createDirectories(dir.resolve("cache")).toString(),
                  "TMPDIR", sockets.toString()));
      StandaloneGrid grid = new StandaloneGrid(builder.start(), log, port);
      grid.awaitReady();
      return grid;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URL url() {
    try {
      return URI.create("http://127.0.0.1:" + port).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the Grid exited at start:\n" + logText());
      }
      try {
        HttpResponse<String> status =
            client.send(
                HttpRequest.newBuilder(URI.create(url() + "/status"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode value = json.readTree(status.body()).path("value");
        if (value.path("ready").asBoolean(false)) {
          return;
        }
      } catch (IOException notListeningYet) {
        // Still starting.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep();
    }
    close();
    throw new IllegalStateException(
        "the Grid was not ready within " + START_TIMEOUT + ":\n" + logText());
  }

  private static void sleep() {
    try {
      TimeUnit.MILLISECONDS.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * Ends the Grid (SIGTERM, then SIGKILL after ten seconds), then anything it had started that
   * outlived it: a chromedriver or Chromium of a session nobody quit.
   */
  @Override
  public void close() {
    List<ProcessHandle> started = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
  }
}
