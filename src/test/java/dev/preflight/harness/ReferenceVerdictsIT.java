package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.cli.Main;
import dev.preflight.support.Browsers;
import dev.preflight.support.Verdicts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every feature of {@code features/} against the compliant reference merchant, through the command
 * a user runs: exactly the verdicts of {@code reference/expected.yml} per scenario and rule. A rule
 * that wrongly fails the compliant integration breaks the build, and so does one that comes back
 * SKIPPED, a scenario that stops early or is not driven at all: none of them can hide behind a
 * green run. In Chromium where it is installed (CI must have it), else in HtmlUnit, whose verdicts
 * are the same.
 */
class ReferenceVerdictsIT {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @TempDir Path out;

  @Test
  void theCompliantMerchantGetsExactlyItsExpectedVerdicts() throws IOException {
    JsonNode expected = expected();
    String browser = Browsers.chromiumInstalled() || Browsers.inCi() ? "chromium" : "htmlunit";
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("check", "--browser", browser, "--out", out.toString());

    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<String> ran = Verdicts.scenarios(report);
    Map<String, Map<String, String>> want =
        Verdicts.withoutPassed(Verdicts.expand(expected.path("clean"), ran));
    assertThat(ran).as("scenarios run in %s", browser).hasSize(expected.path("scenarios").asInt());
    assertThat(Verdicts.notPassed(report))
        .as("verdicts other than PASSED in %s", browser)
        .isEqualTo(want);
    assertThat(report.path("summary").path("not_judged").asInt())
        .as("rules not judged; stderr: %s", err)
        .isZero();
    assertThat(report.path("summary").path("not_run").asInt())
        .as("rules no scenario exercised")
        .isZero();
    report
        .path("findings")
        .forEach(
            finding ->
                assertThat(finding.path("reason").asText())
                    .as("the reason for %s", finding.path("rule_id").asText())
                    .isNotBlank());
    assertThat(exit).as("exit status; stderr: %s", err).isZero();
  }

  private static JsonNode expected() throws IOException {
    try (InputStream in =
        ReferenceVerdictsIT.class.getResourceAsStream("/reference/expected.yml")) {
      return YAML.readTree(in);
    }
  }
}
