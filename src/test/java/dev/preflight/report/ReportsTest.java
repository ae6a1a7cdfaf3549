package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.text.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

  /**
   * Also the example generator: the sample lands in target/sample-report/ to open in a browser
   * after {@code ./mvnw test -Dtest=ReportsTest}.
   */
  @Test
  void writesTheThreeReportsAndTheReviewRequestIntoTheDirectory() throws Exception {
    Path dir = Path.of("target", "sample-report");
    InspectionReport report = SampleReport.write(dir);

    List<Path> files = Reports.writeAll(report, dir, Lang.EN);

    assertThat(files)
        .extracting(file -> file.getFileName().toString())
        .containsExactly("index.html", "report.json", "junit.xml", "review-request.md");
    assertThat(files).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
    assertThat(Files.readString(dir.resolve("index.html"))).contains("data:image/png;base64,");
  }
}
