package dev.preflight.report;

import java.nio.file.Path;
import java.util.List;

/** Writes index.html, report.json and junit.xml into the report directory. */
public final class Reports {
  private Reports() {}

  /** The files written, in the order above. */
  public static List<Path> writeAll(InspectionReport report, Path dir) {
    return List.of(
        HtmlReport.write(report, dir),
        JsonReport.write(report, dir),
        JunitReport.write(report, dir));
  }
}
