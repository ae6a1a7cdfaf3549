package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import dev.preflight.text.Messages;
import java.util.List;

/** The scenarios that ran, how each ended, and their own screenshots. */
final class HtmlScenarios {
  private HtmlScenarios() {}

  static String table(Messages m, List<ScenarioResult> scenarios, Screenshots screenshots) {
    StringBuilder out = new StringBuilder("<table class=\"scenarios\"><thead><tr>");
    for (String column : List.of("scenario", "capability", "ran", "findings")) {
      out.append("<th>").append(escape(m.get("html.scenarios." + column))).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (ScenarioResult scenario : scenarios) {
      out.append("<tr><td>")
          .append(HtmlRules.scenarioTitle(m, scenario))
          .append(tags(scenario))
          .append(shots(m, scenario, screenshots))
          .append("</td><td>")
          .append(escape(scenario.feature()))
          .append("</td><td>")
          .append(status(m, scenario))
          .append("</td><td class=\"muted\">")
          .append(escape(findings(m, scenario)))
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  private static String status(Messages m, ScenarioResult scenario) {
    String why =
        scenario.stopReason() == null
            ? ""
            : "<div class=\"muted\">" + escape(scenario.stopReason(m)) + "</div>";
    return switch (scenario.status()) {
      case PASSED -> escape(m.get("html.scenarios.ran.PASSED"));
      case NOT_JUDGED -> "<b>" + escape(m.get("html.scenarios.ran.NOT_JUDGED")) + "</b>" + why;
      case SKIPPED -> escape(m.get("html.scenarios.ran.SKIPPED")) + why;
    };
  }

  private static String tags(ScenarioResult scenario) {
    return scenario.tags().isEmpty()
        ? ""
        : "<div class=\"muted\">" + escape(String.join(" ", scenario.tags())) + "</div>";
  }

  private static String findings(Messages m, ScenarioResult scenario) {
    long failed =
        scenario.findings().stream()
            .filter(f -> RuleVerdict.of(f.verdict()) == RuleVerdict.FAILED)
            .count();
    long attention =
        scenario.findings().stream()
            .filter(f -> RuleVerdict.of(f.verdict()).needsAttention())
            .count();
    String checked =
        m.get("html.scenarios.checked", m.counted(scenario.findings().size(), "count.rule"));
    return checked
        + (failed > 0 ? m.get("html.scenarios.failed", failed) : "")
        + (attention > failed
            ? m.get("html.scenarios.warnings", m.counted(attention - failed, "count.warning"))
            : "");
  }

  private static String shots(Messages m, ScenarioResult scenario, Screenshots screenshots) {
    StringBuilder images = new StringBuilder();
    int count = 0;
    for (String name : scenario.screenshots()) {
      var uri = screenshots.dataUri(name);
      if (uri.isPresent()) {
        count++;
        images
            .append("<figure class=\"shot\"><img alt=\"")
            .append(escape(m.get("html.screenshot")))
            .append("\" src=\"")
            .append(uri.get())
            .append("\"><figcaption>")
            .append(escape(name))
            .append("</figcaption></figure>");
      }
    }
    return count == 0
        ? ""
        : "<details><summary>"
            + escape(m.counted(count, "count.screenshot"))
            + "</summary>"
            + images
            + "</details>";
  }
}
