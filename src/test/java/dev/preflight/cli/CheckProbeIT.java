package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.merchant.MerchantSettings;
import dev.preflight.merchant.ReferenceMerchant;
import dev.preflight.support.FreePort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe before the scenarios: a profile that does not fit its site is said once, field by
 * field, with exit status 2, the reports still written, and no stack trace. HtmlUnit drives the
 * reference merchant here, so these run without Chromium too.
 */
class CheckProbeIT {
  private static final List<String> REPORTS =
      List.of("index.html", "report.json", "junit.xml", "cucumber.html", "cucumber.json");

  private final CommandRun cli = new CommandRun();
  @TempDir Path dir;

  @Test
  void aSiteThatIsDownGetsEveryReportExitTwoAndOneLinePerProblem() throws IOException {
    int closed = FreePort.take();
    Path profile = profile("http://127.0.0.1:" + closed);
    Path reports = dir.resolve("report");

    int status =
        cli.run(
            "check",
            "--profile",
            profile.toString(),
            "--browser",
            "htmlunit",
            "--simulator-port",
            "0",
            "--tags",
            "@minimum-amount or @cancel",
            "--out",
            reports.toString());

    assertThat(status).as(cli.err()).isEqualTo(2);
    assertThat(cli.err())
        .contains("base_url: http://127.0.0.1:" + closed + " does not answer")
        .contains("start the site, or fix base_url")
        .doesNotContain("Exception")
        .doesNotContainPattern("\\tat [a-z]");
    for (String file : REPORTS) {
      assertThat(reports.resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readString(reports.resolve("report.json")))
        .contains("the site did not pass the probe");
    // Nothing was judged, and no report may look like a pass.
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(reports.resolve("report.json").toFile());
    assertThat(json.get("passed").asBoolean()).isFalse();
    assertThat(json.get("summary").get("scenarios_not_judged").asInt())
        .isEqualTo(json.get("summary").get("scenarios").asInt())
        .isPositive();
    assertThat(json.get("scenarios").get(0).get("status").asText()).isEqualTo("NOT_JUDGED");
    assertThat(Files.readString(reports.resolve("index.html")))
        .contains("<section class=\"banner incomplete\">")
        .contains("The check could not judge")
        .doesNotContain("No rule failed");
    assertThat(Files.readString(reports.resolve("junit.xml")))
        .containsPattern(
            "<testsuites name=\"npay-preflight\" tests=\"\\d+\" failures=\"0\" errors=\"[1-9]")
        .contains("<error message=\"not judged: not driven: the site did not pass the probe");
  }

  @Test
  void theProbeNamesEveryWrongSelectorWithWhatThePageHad() throws IOException {
    int gateway = FreePort.take();
    try (ReferenceMerchant shop =
        new ReferenceMerchant(MerchantSettings.against("http://127.0.0.1:" + gateway, List.of()))
            .start()) {
      Path profile =
          write(
              reference(shop.baseUrl())
                  .replace("selector: \"#naverpay\"", "selector: \"#npay\"")
                  .replace(
                      "    - open: /admin/orders\n    - click: \"{order_row} button[data-action=admin-cancel]\"",
                      "    - open: /admin/orders\n    - wait_for: \"#admin-table\"\n"
                          + "    - click: \"{order_row} button[data-action=admin-cancel]\"")
                  .replace(
                      "selector: \"button[data-action=subscribe]\"",
                      "selector: \"#subscribe-now\""));

      int status =
          cli.run(
              "check",
              "--probe",
              "--profile",
              profile.toString(),
              "--browser",
              "htmlunit",
              "--simulator-port",
              Integer.toString(gateway),
              "--out",
              dir.resolve("report").toString());

      assertThat(status).as(cli.err()).isEqualTo(2);
      assertThat(cli.err())
          .contains("(3 problems)")
          .containsPattern(
              "pay.selector `#npay` not found on \\S+/checkout\\?items=\\S+; the page has"
                  + " controls: .*#naverpay")
          .containsPattern(
              "admin_cancel.steps\\[1\\]: wait_for `#admin-table` not found on \\S+/admin/orders")
          .containsPattern(
              "subscription.pay.selector `#subscribe-now` not found on \\S+/subscription\\S*; the page"
                  + " has controls: .*#naverpay");
      assertThat(cli.out()).doesNotContain("[ 1/");
    }
  }

  @Test
  void aProfileThatFitsPassesTheProbeAndRunsNothingElse() throws IOException {
    int gateway = FreePort.take();
    try (ReferenceMerchant shop =
        new ReferenceMerchant(MerchantSettings.against("http://127.0.0.1:" + gateway, List.of()))
            .start()) {
      int status =
          cli.run(
              "check",
              "--probe",
              "--profile",
              write(reference(shop.baseUrl())).toString(),
              "--browser",
              "htmlunit",
              "--simulator-port",
              Integer.toString(gateway));

      assertThat(status).as(cli.err()).isZero();
      assertThat(cli.out()).contains("Probe: the profile fits the site").doesNotContain("[ 1/");
    }
  }

  private Path profile(String baseUrl) throws IOException {
    return write(reference(baseUrl));
  }

  private Path write(String text) throws IOException {
    Path file = Files.createTempFile(dir, "profile", ".yml");
    Files.writeString(file, text);
    return file;
  }

  /** The reference merchant's profile, at the address given. */
  private static String reference(String baseUrl) {
    try (InputStream in =
        CheckProbeIT.class.getResourceAsStream("/profiles/reference-merchant.yml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${merchant}", baseUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
