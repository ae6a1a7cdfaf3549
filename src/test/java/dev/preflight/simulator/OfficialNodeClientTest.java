package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.RunningSimulator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the official i'mport Node client (compat/node, pinned {@code iamport-rest-client-nodejs})
 * against a live simulator: the requirement is that official clients work unchanged. Every check
 * the script prints is asserted by name, so a failure names the broken call. Skipped, not passed,
 * when Node/npm are missing or the npm registry cannot be reached.
 */
class OfficialNodeClientTest {
  private static final Logger LOG = LoggerFactory.getLogger(OfficialNodeClientTest.class);

  /**
   * What official-client.js must report. Listed here so that a check that silently stops running
   * (the script crashing half way) fails instead of vanishing.
   */
  private static final List<String> EXPECTED_CHECKS =
      List.of(
          "authenticate.getToken",
          "iamport.getHeaders",
          "payments.getByImpUid",
          "payments.getByImpUid.unknown",
          "payments.getByImpUids.partial",
          "payments.getByMerchantUid",
          "payments.getByMerchantUids",
          "payments.getByStatus",
          "naverpay.getCashAmount",
          "payments.cancel.partial",
          "payments.cancel.staleChecksum",
          "prepare.postAmount",
          "prepare.getAmount",
          "subscribe.again",
          "subscribe.schedule",
          "subscribe.getScheduled",
          "subscribe.getScheduleds",
          "customers.getScheduleds",
          "subscribe.unschedule",
          "customers.getPayments",
          "customers.getBillingKeys.partial",
          "customers.getBillingKey",
          "customers.deleteBillingKey",
          "customers.deleteBillingKey.reasonViaParams",
          "customers.getBillingKey.afterDelete");

  private static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(90);

  /** npm's own error codes for "could not talk to the registry" (offline, DNS, proxy, timeout). */
  private static final Pattern REGISTRY_UNREACHABLE =
      Pattern.compile(
          "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH"
              + "|ERR_SOCKET_TIMEOUT|EPROXY|SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT"
              + "|npm (?:error|ERR!) network");

  /** Written into node_modules after a good {@code npm ci}, to skip the install next time. */
  private static final String INSTALL_STAMP = ".npay-preflight-install.sha256";

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  @Test
  void officialNodeClientWorksUnchanged() throws Exception {
    Path node = onPath("node");
    Path npm = onPath("npm");
    assumeTrue(node != null, "node is not on PATH: the official Node client cannot run");
    assumeTrue(npm != null, "npm is not on PATH: the official Node client cannot be installed");
    Path dir = compatDir();
    installDependencies(npm, dir);

    String impUid = sim.seedPayment("node_paid_" + System.nanoTime(), 10_000, "paid");
    String customerUid = "node_customer_" + System.nanoTime();
    sim.seedBillingKey(null, customerUid);
    String secondCustomerUid = "node_customer2_" + System.nanoTime();
    sim.seedBillingKey(null, secondCustomerUid);
    // Schedules must lie in the simulator's future, which tests may have moved.
    long scheduleAt = sim.simulator().clock().now() + 3600;

    Run run =
        run(
            dir,
            SCRIPT_TIMEOUT,
            node.toString(),
            "official-client.js",
            sim.baseUrl(),
            "--imp-uid=" + impUid,
            "--customer-uid=" + customerUid,
            "--second-customer-uid=" + secondCustomerUid,
            "--schedule-at=" + scheduleAt,
            "--run-id=" + System.nanoTime());
    // Kept in the surefire report output, so a passing run still shows what each call returned.
    LOG.info("Official Node client checks:\n{}", run.stdout());
    Map<String, JsonNode> checks = parseChecks(run.stdout());

    // Soft assertions: one run reports every broken call by name, not just the first.
    SoftAssertions softly = new SoftAssertions();
    Set<String> names = new LinkedHashSet<>(checks.keySet());
    names.addAll(EXPECTED_CHECKS);
    for (String name : names) {
      JsonNode check = checks.get(name);
      if (check == null) {
        softly.fail(
            "%s was never reported (exit %s, timed out: %s); stderr:%n%s",
            name, run.exitCode(), run.timedOut(), tail(run.stderr()));
      } else {
        softly
            .assertThat(check.path("ok").asBoolean(false))
            .as("%s failed: %s", name, check.path("details"))
            .isTrue();
      }
    }
    Optional<JournalEntry> deletion = deletionOf(secondCustomerUid);
    softly
        .assertThat(deletion)
        .as("journal: DELETE /subscribe/customers/%s", secondCustomerUid)
        .isPresent();
    deletion.ifPresent(
        entry -> {
          softly
              .assertThat(entry.params().path("reason").asText())
              .as("deleteBillingKey via params: reason reached the simulator")
              .isEqualTo("정기결제 해지");
          softly
              .assertThat(entry.params().path("extra").path("requester").asText())
              .as("deleteBillingKey via params: extra[requester] reached the simulator")
              .isEqualTo("customer");
        });
    softly
        .assertThat(run.exitCode())
        .as("official-client.js exit code (timed out: %s)%n%s", run.timedOut(), run)
        .isZero();
    softly.assertAll();
  }

  private Optional<JournalEntry> deletionOf(String customerUid) {
    String userCode = sim.simulator().accounts().defaultAccount().tenant().userCode();
    return sim.simulator().journal().since(0, userCode).stream()
        .filter(e -> e.method().equals("DELETE"))
        .filter(e -> e.path().equals("/subscribe/customers/" + customerUid))
        .findFirst();
  }

  /** One JSON object per line; anything else on stdout is a script bug and fails loudly. */
  private static Map<String, JsonNode> parseChecks(String stdout) throws IOException {
    Map<String, JsonNode> checks = new LinkedHashMap<>();
    for (String line : stdout.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode check = JSON.readTree(line);
      checks.put(check.path("name").asText(), check);
    }
    return checks;
  }

  /**
   * {@code npm ci} only when node_modules is missing or was installed from another lockfile: a
   * clean install takes seconds and needs the registry, which a rerun should not.
   */
  private static void installDependencies(Path npm, Path dir) throws Exception {
    String wanted = lockDigest(dir);
    Path stamp = dir.resolve("node_modules").resolve(INSTALL_STAMP);
    Path client = dir.resolve("node_modules/iamport-rest-client-nodejs/package.json");
    if (Files.isRegularFile(client)
        && Files.isRegularFile(stamp)
        && Files.readString(stamp).strip().equals(wanted)) {
      return;
    }
    Run install =
        run(
            dir,
            NPM_CI_TIMEOUT,
            npm.toString(),
            "ci",
            "--no-audit",
            "--no-fund",
            "--no-progress",
            // npm's default retries take over a minute to admit the registry is unreachable.
            "--fetch-retries=1",
            "--fetch-retry-maxtimeout=15000");
    String output = install.stdout() + install.stderr();
    assumeTrue(
        !install.timedOut(),
        "npm ci did not finish within " + NPM_CI_TIMEOUT + " (npm registry unreachable?)");
    if (install.exitCode() != 0) {
      assumeTrue(
          !REGISTRY_UNREACHABLE.matcher(output).find(),
          () -> "npm ci could not reach the npm registry; skipping:\n" + tail(output));
      throw new AssertionError("npm ci failed in " + dir + "\n" + tail(output));
    }
    Files.writeString(stamp, wanted);
  }

  private static String lockDigest(Path dir) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Files.readAllBytes(dir.resolve("package.json")));
      sha.update(Files.readAllBytes(dir.resolve("package-lock.json")));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static Path compatDir() {
    // Surefire sets basedir; an IDE usually runs from the project root.
    String base = System.getProperty("basedir", System.getProperty("user.dir"));
    Path dir = Path.of(base, "compat", "node").toAbsolutePath().normalize();
    assertThat(dir.resolve("official-client.js")).as("compat/node in %s", base).isRegularFile();
    return dir;
  }

  /** The executable on PATH, or null; Windows installs npm as npm.cmd. */
  private static Path onPath(String name) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
      if (entry.isBlank()) {
        continue;
      }
      for (String suffix : List.of("", ".cmd", ".exe")) {
        Path candidate = Path.of(entry, name + suffix);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private record Run(int exitCode, boolean timedOut, String stdout, String stderr) {
    @Override
    public String toString() {
      return "--- stdout ---\n" + tail(stdout) + "\n--- stderr ---\n" + tail(stderr);
    }
  }

  /**
   * Runs a command with output in temporary files (no pipe can fill up and stall it). On timeout it
   * ends exactly the processes it started: the child and that child's descendants.
   */
  private static Run run(Path dir, Duration timeout, String... command) throws Exception {
    Path out = Files.createTempFile("official-node-client", ".out");
    Path err = Files.createTempFile("official-node-client", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      return new Run(
          finished ? process.exitValue() : -1,
          !finished,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static String nullDevice() {
    return File.separatorChar == '\\' ? "NUL" : "/dev/null";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException leftInTmp) {
      // A stray temp file is harmless; it must not hide the test's real outcome.
    }
  }

  private static String tail(String text) {
    int max = 4000;
    return text.length() <= max ? text : "…" + text.substring(text.length() - max);
  }
}
