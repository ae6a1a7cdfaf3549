package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.text.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a check that could not run at all (a port in use, a feature it cannot read): red
 * in every format, each saying why, never the green "no rule failed" of a run that found nothing.
 */
class CouldNotRunReportTest {
  private static final String PROBLEM =
      "cannot start the simulator on 127.0.0.1:7070: the port is in use <script>";

  private final InspectionReport report =
      InspectionReport.couldNotRun(SampleReport.run(), List.of(PROBLEM));

  @Test
  void doesNotPass() {
    assertThat(report.passed()).isFalse();
    assertThat(report.ruleFailed()).isFalse();
  }

  @Test
  void theHtmlSaysItCouldNotRunAndWhyEscaped(@TempDir Path dir) {
    String html = HtmlReport.render(report, dir, Lang.EN);

    assertThat(html)
        .contains("The check could not run")
        .contains("the port is in use &lt;script&gt;")
        .doesNotContain("<script>")
        .doesNotContain("No rule failed");
  }

  @Test
  void junitHasAnErrorThatNamesTheProblem() {
    String xml = JunitReport.render(report, Lang.EN);

    assertThat(xml)
        .contains("<testsuite name=\"check\" tests=\"1\" failures=\"0\" errors=\"1\"")
        .contains("type=\"COULD_NOT_RUN\"")
        .contains("the port is in use &lt;script&gt;");
    assertThat(
            xml.substring(xml.indexOf("<testsuites"), xml.indexOf(">", xml.indexOf("<testsuites"))))
        .contains("errors=\"1\"");
  }

  @Test
  void reportJsonIsNotPassedAndListsTheProblem() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report, Lang.EN));

    assertThat(json.path("passed").asBoolean()).isFalse();
    assertThat(json.path("problems").get(0).asText()).isEqualTo(PROBLEM);
    assertThat(json.path("scenarios")).isEmpty();
  }

  @Test
  void aCheckThatRanHasNoProblems() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(SampleReport.sample(), Lang.EN));

    assertThat(json.path("problems")).isEmpty();
    assertThat(JunitReport.render(SampleReport.sample(), Lang.EN)).doesNotContain("COULD_NOT_RUN");
  }

  @Test
  void aCheckThatCouldNotRunSaysWhy() {
    assertThatThrownBy(() -> InspectionReport.couldNotRun(SampleReport.run(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
