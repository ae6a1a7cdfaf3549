package dev.preflight.report;

import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.nio.file.Path;
import java.util.List;

/** Writes index.html, report.json, junit.xml and review-request.md into the report directory. */
public final class Reports {
  private Reports() {}

  /** The files written, in the order above, in {@code lang}, and the pre-filled review request. */
  public static List<Path> writeAll(InspectionReport report, Path dir, Lang lang) {
    return List.of(
        HtmlReport.write(report, dir, lang),
        JsonReport.write(report, dir, lang),
        JunitReport.write(report, dir, lang),
        ReviewRequestFile.write(ReviewRequest.of(report), dir));
  }

  /**
   * The reports of a check that could not run: ours, saying why, and in place of Cucumber's own
   * (which it writes only when it runs) an empty cucumber.json and a cucumber.html that says no
   * scenario ran, so that nothing a CI job collects is missing or left over from an earlier run.
   */
  public static List<Path> writeCouldNotRun(InspectionReport report, Path dir, Lang lang) {
    Messages m = Messages.of(lang);
    List<Path> written = new java.util.ArrayList<>(writeAll(report, dir, lang));
    written.add(ReportFile.write(dir, "cucumber.json", "[]\n"));
    written.add(
        ReportFile.write(
            dir,
            "cucumber.html",
            "<!doctype html><html lang=\""
                + lang.code()
                + "\"><meta charset=\"utf-8\"><title>"
                + dev.preflight.web.Html.escape(m.get("cucumber.no-scenario"))
                + "</title><h1>"
                + dev.preflight.web.Html.escape(m.get("cucumber.no-scenario"))
                + "</h1><p>"
                + dev.preflight.web.Html.escape(m.get("cucumber.see-index"))
                + "</p><ul>"
                + report.problems().stream()
                    .map(p -> "<li>" + dev.preflight.web.Html.escape(p) + "</li>")
                    .collect(java.util.stream.Collectors.joining())
                + "</ul></html>\n"));
    return List.copyOf(written);
  }
}
