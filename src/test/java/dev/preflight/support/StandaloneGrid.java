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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Selenium Grid, run from the test classpath as child processes on free loopback ports: in
 * standalone mode with one Chromium slot, or as a hub with nodes of their own, each driving this
 * machine's Chromium with Debian's chromedriver. Selenium Manager stays off and driver detection
 * too, so no node ever tries to download a driver or a browser. Closing it ends the Grid and
 * whatever it started that is still alive, by process handle.
 */
public final class StandaloneGrid implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final String STEREOTYPE =
      "{\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":\"/usr/bin/chromium\"}}";

  /** One process of the Grid, and where it logs. */
  private record Part(String role, Process process, Path log) {}

  private final List<Part> parts = new ArrayList<>();
  private final int port;
  private final int nodes;

  private StandaloneGrid(int port, int nodes) {
    this.port = port;
    this.nodes = nodes;
  }

  /** Starts a standalone Grid (one Chromium slot) and waits until it says it is ready. */
  public static StandaloneGrid start() {
    StandaloneGrid grid = new StandaloneGrid(FreePort.take(), 1);
    grid.launch(
        "standalone",
        withChromium(
            List.of("standalone", "--host", "127.0.0.1", "--port", String.valueOf(grid.port))));
    grid.awaitReady();
    return grid;
  }

  /**
   * Starts a hub and {@code count} nodes, each with one Chromium slot and a log of its own, and
   * waits until every node has registered with the hub.
   */
  public static StandaloneGrid hubWithNodes(int count) {
    StandaloneGrid grid = new StandaloneGrid(FreePort.take(), count);
    String publish = "tcp://127.0.0.1:" + FreePort.take();
    String subscribe = "tcp://127.0.0.1:" + FreePort.take();
    List<String> bus = List.of("--publish-events", publish, "--subscribe-events", subscribe);
    List<String> hub =
        new ArrayList<>(List.of("hub", "--host", "127.0.0.1", "--port", String.valueOf(grid.port)));
    hub.addAll(bus);
    grid.launch("hub", hub);
    for (int i = 1; i <= count; i++) {
      List<String> node =
          new ArrayList<>(
              List.of(
                  "node",
                  "--host",
                  "127.0.0.1",
                  "--port",
                  String.valueOf(FreePort.take()),
                  "--grid-url",
                  "http://127.0.0.1:" + grid.port));
      node.addAll(bus);
      grid.launch("node" + i, withChromium(node));
    }
    grid.awaitReady();
    return grid;
  }

  /** The arguments, then those that give the node one Chromium slot by Debian's chromedriver. */
  private static List<String> withChromium(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(
        List.of(
            "--selenium-manager",
            "false",
            "--detect-drivers",
            "false",
            "--driver-configuration",
            "display-name=chromium",
            "max-sessions=1",
            "stereotype=" + STEREOTYPE,
            "webdriver-executable="
                + dev.preflight.harness.Browsers.chromiumInstall().chromedriver()));
    return all;
  }

  private void launch(String role, List<String> args) {
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "grid")), "g");
      Path log = dir.resolve(role + ".log");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.openqa.selenium.grid.Main"));
      command.addAll(args);
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
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
      parts.add(new Part(role, builder.start(), log));
    } catch (IOException e) {
      close();
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

  /** Ready, with every node registered (a standalone Grid is its own node). */
  private void awaitReady() {
    HttpClient client = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      for (Part part : parts) {
        if (!part.process().isAlive()) {
          String log = logText();
          close();
          throw new IllegalStateException(
              "the Grid's " + part.role() + " exited at start:\n" + log);
        }
      }
      try {
        HttpResponse<String> status =
            client.send(
                HttpRequest.newBuilder(URI.create(url() + "/status"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode value = json.readTree(status.body()).path("value");
        if (value.path("ready").asBoolean(false) && value.path("nodes").size() >= nodes) {
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
    String log = logText();
    close();
    throw new IllegalStateException("the Grid was not ready within " + START_TIMEOUT + ":\n" + log);
  }

  private static void sleep() {
    try {
      TimeUnit.MILLISECONDS.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Every part's log, one after another. */
  public String logText() {
    StringBuilder text = new StringBuilder();
    for (Part part : parts) {
      text.append("--- ").append(part.role()).append('\n').append(read(part.log()));
    }
    return text.toString();
  }

  /** Each node's log, in the order they were started (for a standalone Grid, its own). */
  public List<String> nodeLogs() {
    return parts.stream()
        .filter(part -> !part.role().equals("hub"))
        .map(part -> read(part.log()))
        .toList();
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * Ends each process (SIGTERM, then SIGKILL after ten seconds), then anything it had started that
   * outlived it: a chromedriver or Chromium of a session nobody quit.
   */
  @Override
  public void close() {
    for (Part part : parts) {
      Process process = part.process();
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
}
