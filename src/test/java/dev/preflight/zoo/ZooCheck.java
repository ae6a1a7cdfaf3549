package dev.preflight.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.cli.Main;
import dev.preflight.support.FreePort;
import dev.preflight.support.Verdicts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code check} on merchants it was not written against: each shop of the zoo, clean and with each
 * of its violation switches, judged through the command a user runs, from the shop's own profile.
 * The verdicts must be exactly those of the shop's {@code expected.yml}, scenario by scenario: the
 * clean build drives every scenario it has the capability for, with no FAILED, WARNING or REVIEW;
 * each switch is caught with its rule, and nothing else changes. A switch runs the scenarios tagged
 * with the rules it touches. One subclass per shop, so that the build's forks check shops side by
 * side.
 */
abstract class ZooCheck {
  private static final Logger LOG = LoggerFactory.getLogger(ZooCheck.class);
  // A scenario listed twice in an expectations file would silently keep only its last entry.
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  /**
   * A shop of the zoo: its name (its folder under resources/zoo), how to start it, its switches.
   */
  record Shop(
      String name,
      BiFunction<String, Set<String>, ZooShop> start,
      Supplier<List<String>> violations) {}

  /** The shop this class checks. */
  abstract Shop shop();

  @TestFactory
  Stream<DynamicNode> theShopGetsExactlyItsExpectedVerdicts() {
    Shop shop = shop();
    JsonNode expected = read(shop, "expected.yml");
    List<DynamicNode> runs = new ArrayList<>();
    runs.add(DynamicTest.dynamicTest("clean", () -> clean(shop, expected)));
    runs.add(
        DynamicTest.dynamicTest(
            "every switch has its expectations", () -> everySwitchIsExpected(shop, expected)));
    for (String violation : shop.violations().get()) {
      runs.add(DynamicTest.dynamicTest(violation, () -> violation(shop, expected, violation)));
    }
    // -Dzoo.only=clean,optimistic-toast reruns a few while chasing one switch.
    Set<String> only = new TreeSet<>();
    for (String name : System.getProperty("zoo.only", "").split(",")) {
      if (!name.isBlank()) {
        only.add(name.strip());
      }
    }
    return runs.stream().filter(run -> only.isEmpty() || only.contains(run.getDisplayName()));
  }

  private void everySwitchIsExpected(Shop shop, JsonNode expected) {
    Set<String> listed = new TreeSet<>();
    expected.path("violations").fieldNames().forEachRemaining(listed::add);
    assertThat(listed).isEqualTo(new TreeSet<>(shop.violations().get()));
  }

  private void clean(Shop shop, JsonNode expected) {
    Check check = check(shop, Set.of(), List.of());
    Map<String, Map<String, String>> want =
        Verdicts.withoutPassed(Verdicts.expand(expected.path("clean"), check.scenarios()));
    keepIfUnexpected(check, want);

    assertThat(check.notPassed())
        .as("verdicts other than PASSED, clean; stderr: %s", check.err())
        .isEqualTo(want);
    assertThat(check.exit()).as("exit status, clean; stderr: %s", check.err()).isZero();
  }

  private void violation(Shop shop, JsonNode expected, String violation) {
    JsonNode listed = expected.path("violations").path(violation);
    Set<String> rules = new TreeSet<>();
    listed.path("rules").forEach(rule -> rules.add(rule.asText()));
    listed.path("changes").forEach(change -> change.fieldNames().forEachRemaining(rules::add));
    assertThat(rules).as("the rules %s must trip", violation).isNotEmpty();

    Check check = check(shop, Set.of(violation), List.copyOf(rules));
    Map<String, Map<String, String>> want =
        Verdicts.withoutPassed(Verdicts.expand(expected.path("clean"), check.scenarios()));
    Verdicts.overlay(want, Verdicts.expand(listed.path("changes"), check.scenarios()));
    keepIfUnexpected(check, want);

    assertThat(check.notPassed())
        .as("verdicts other than PASSED with %s; stderr: %s", violation, check.err())
        .isEqualTo(want);
    boolean failed = want.values().stream().anyMatch(verdicts -> verdicts.containsValue("FAILED"));
    assertThat(check.exit())
        .as("exit status with %s; stderr: %s", violation, check.err())
        .isEqualTo(failed ? 1 : 0);
  }

  /**
   * A verdict that differs is kept with its evidence (reports, screenshots) under
   * target/zoo-unexpected, since the temporary folder goes with the test: a difference seen once
   * under load can then be read afterwards.
   */
  private static void keepIfUnexpected(Check check, Map<String, Map<String, String>> want) {
    if (check.notPassed().equals(want)) {
      return;
    }
    Path kept = Path.of("target", "zoo-unexpected", check.out().getFileName().toString());
    try (Stream<Path> files = Files.walk(check.out())) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = kept.resolve(check.out().relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      LOG.warn("unexpected verdicts; the reports are kept in {}", kept.toAbsolutePath());
    } catch (IOException cannotKeep) {
      LOG.warn("cannot keep the reports in {}: {}", kept, cannotKeep.getMessage());
    }
  }

  /** What one run of check gave. */
  private record Check(int exit, JsonNode report, String err, Path out) {
    List<String> scenarios() {
      return Verdicts.scenarios(report);
    }

    Map<String, Map<String, String>> notPassed() {
      return Verdicts.notPassed(report);
    }
  }

  /**
   * Starts the shop against a simulator port of its own and runs check on it, as a user would: the
   * profile's ${SHOP_URL} filled with the shop's address.
   */
  private Check check(Shop shop, Set<String> violations, List<String> rules) {
    // The expectations are Chromium's: the shops' modern pages are beyond HtmlUnit.
    dev.preflight.support.Browsers.assumeChromium();
    int gateway = FreePort.take();
    String label = violations.isEmpty() ? "clean" : violations.iterator().next();
    Path out = work.resolve(shop.name() + "-" + label);
    try (ZooShop running = shop.start().apply("http://127.0.0.1:" + gateway, violations)) {
      Path profile = work.resolve(shop.name() + "-" + label + ".yml");
      Files.writeString(
          profile, text(shop, "profile.yml").replace("${SHOP_URL}", running.baseUrl()));
      List<String> args = new ArrayList<>();
      args.addAll(
          List.of(
              "check",
              "--profile",
              profile.toString(),
              "--simulator-port",
              Integer.toString(gateway),
              "--browser",
              "chromium",
              "--out",
              out.toString()));
      if (!rules.isEmpty()) {
        args.add("--tags");
        args.add(String.join(" or ", rules.stream().map(r -> "@" + r).toList()));
      }
      StringWriter err = new StringWriter();
      StringWriter stdout = new StringWriter();
      Instant started = Instant.now();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(stdout, true));
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(args.toArray(String[]::new));
      LOG.info(
          "zoo {} {}: exit {} in {} s",
          shop.name(),
          label,
          exit,
          Duration.between(started, Instant.now()).toSeconds());
      Path report = out.resolve("report.json");
      assertThat(report).as("report.json of %s %s; stderr: %s", shop.name(), label, err).exists();
      return new Check(exit, JSON.readTree(report.toFile()), err.toString(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(Shop shop, String file) {
    return ZooCheck.class.getResourceAsStream("/zoo/" + shop.name() + "/" + file);
  }

  private static String text(Shop shop, String file) throws IOException {
    try (InputStream in = resource(shop, file)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static JsonNode read(Shop shop, String file) {
    try (InputStream in = resource(shop, file)) {
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
