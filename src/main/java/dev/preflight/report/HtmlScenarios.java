package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import java.util.List;

/** The scenarios that ran, how each ended, and their own screenshots. */
final class HtmlScenarios {
  private HtmlScenarios() {}

  static String table(List<ScenarioResult> scenarios, Screenshots screenshots) {
    StringBuilder out =
        new StringBuilder(
            "<table class=\"scenarios\"><thead><tr><th>Scenario</th><th>Capability</th>"
                + "<th>Ran</th><th>Findings</th></tr></thead><tbody>");
    for (ScenarioResult scenario : scenarios) {
      out.append("<tr><td>")
          .append(HtmlRules.scenarioTitle(scenario))
          .append(tags(scenario))
          .append(shots(scenario, screenshots))
          .append("</td><td>")
          .append(escape(scenario.feature()))
          .append("</td><td>")
          .append(status(scenario))
          .append("</td><td class=\"muted\">")
          .append(escape(findings(scenario)))
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  private static String status(ScenarioResult scenario) {
    String why =
        scenario.stopReason() == null
            ? ""
            : "<div class=\"muted\">" + escape(scenario.stopReason()) + "</div>";
    return switch (scenario.status()) {
      case PASSED -> "to the end";
      case NOT_JUDGED -> "<b>not judged</b>" + why;
      case SKIPPED -> "skipped" + why;
    };
  }

  private static String tags(ScenarioResult scenario) {
    return scenario.tags().isEmpty()
        ? ""
        : "<div class=\"muted\">" + escape(String.join(" ", scenario.tags())) + "</div>";
  }

  private static String findings(ScenarioResult scenario) {
    long failed =
        scenario.findings().stream()
            .filter(f -> RuleVerdict.of(f.verdict()) == RuleVerdict.FAILED)
            .count();
    long attention =
        scenario.findings().stream()
            .filter(f -> RuleVerdict.of(f.verdict()).needsAttention())
            .count();
    return Labels.plural(scenario.findings().size(), "rule", "rules")
        + " checked"
        + (failed > 0 ? ", " + failed + " failed" : "")
        + (attention > failed
            ? ", " + Labels.plural(attention - failed, "warning", "warnings")
            : "");
  }

  private static String shots(ScenarioResult scenario, Screenshots screenshots) {
    StringBuilder images = new StringBuilder();
    int count = 0;
    for (String name : scenario.screenshots()) {
      var uri = screenshots.dataUri(name);
      if (uri.isPresent()) {
        count++;
        images
            .append("<figure class=\"shot\"><img alt=\"Screenshot\" src=\"")
            .append(uri.get())
            .append("\"><figcaption>")
            .append(escape(name))
            .append("</figcaption></figure>");
      }
    }
    return count == 0
        ? ""
        : "<details><summary>"
            + escape(Labels.plural(count, "screenshot", "screenshots"))
            + "</summary>"
            + images
            + "</details>";
  }
}
