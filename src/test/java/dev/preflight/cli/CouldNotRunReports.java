package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every check that could not run must leave in its report folder: all five, saying so. */
final class CouldNotRunReports {
  private CouldNotRunReports() {}

  /** The five reports are there, none says the run passed, and each names the problem. */
  static void sayItCouldNotRun(Path reports, String problem) throws IOException {
    for (String file :
        new String[] {"index.html", "report.json", "junit.xml", "cucumber.json", "cucumber.html"}) {
      assertThat(reports.resolve(file)).as(file).exists();
    }
    JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    assertThat(json.path("passed").asBoolean(true)).as("report.json passed").isFalse();
    assertThat(json.path("problems").toString()).contains(problem);
    assertThat(json.path("scenarios")).isEmpty();
    assertThat(Files.readString(reports.resolve("index.html")))
        .contains("The check could not run")
        .doesNotContain("No rule failed");
    assertThat(Files.readString(reports.resolve("junit.xml")))
        .contains("type=\"COULD_NOT_RUN\"")
        .contains(problem);
    assertThat(Files.readString(reports.resolve("cucumber.json")).strip()).isEqualTo("[]");
  }
}
