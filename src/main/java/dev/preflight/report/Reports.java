package dev.preflight.report;

import java.nio.file.Path;
import java.util.List;

/** Writes index.html, report.json, junit.xml and review-request.md into the report directory. */
public final class Reports {
  private Reports() {}

  /** The files written, in the order above, and the pre-filled review request. */
  public static List<Path> writeAll(InspectionReport report, Path dir) {
    return List.of(
        HtmlReport.write(report, dir),
        JsonReport.write(report, dir),
        JunitReport.write(report, dir),
        ReviewRequestFile.write(ReviewRequest.of(report), dir));
  }

  /**
   * The reports of a check that could not run: ours, saying why, and in place of Cucumber's own
   * (which it writes only when it runs) an empty cucumber.json and a cucumber.html that says no
   * scenario ran, so that nothing a CI job collects is missing or left over from an earlier run.
   */
  public static List<Path> writeCouldNotRun(InspectionReport report, Path dir) {
    List<Path> written = new java.util.ArrayList<>(writeAll(report, dir));
    written.add(ReportFile.write(dir, "cucumber.json", "[]\n"));
    written.add(
        ReportFile.write(
            dir,
            "cucumber.html",
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>No scenario ran"
                + "</title><h1>No scenario ran</h1><p>The check could not run; see index.html.</p>"
                + "<ul>"
                + report.problems().stream()
                    .map(p -> "<li>" + dev.preflight.web.Html.escape(p) + "</li>")
                    .collect(java.util.stream.Collectors.joining())
                + "</ul></html>\n"));
    return List.copyOf(written);
  }
}
