package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence of one finding in HTML: expected against actual, the named details, the journal
 * entries it cites and the screenshot. Every value came from the merchant's page or server, so
 * every value goes through {@link dev.preflight.web.Html#escape}.
 */
final class HtmlEvidence {
  private final Messages m;
  private final Screenshots screenshots;
  private final HtmlMessageDiff messageDiff;

  HtmlEvidence(Messages m, Screenshots screenshots) {
    this.m = m;
    this.screenshots = screenshots;
    this.messageDiff = new HtmlMessageDiff(m);
  }

  String render(RuleOutcome outcome) {
    Evidence evidence = outcome.finding().evidence();
    if (evidence == null) {
      return "";
    }
    return compare(shown(outcome, evidence))
        + messageDiff.render(outcome.finding())
        + details(evidence)
        + journal(outcome, evidence)
        + screenshot(evidence);
  }

  /** The one-line form for a passing or skipped finding, which needs no journal or screenshot. */
  String brief(Evidence evidence) {
    if (evidence == null || blank(evidence.expected()) && blank(evidence.actual())) {
      return "";
    }
    return "<p class=\"brief\"><span class=\"k\">"
        + escape(m.get("html.evidence.expected.short"))
        + "</span> "
        + escape(evidence.expected())
        + " <span class=\"k\">"
        + escape(m.get("html.evidence.actual.short"))
        + "</span> "
        + escape(evidence.actual())
        + "</p>";
  }

  /**
   * A scenario that stopped gave each of its rules the same evidence, what was expected (the
   * scenario to run to its end) and why it did not: said here in the report's language.
   */
  private Evidence shown(RuleOutcome outcome, Evidence evidence) {
    if (!outcome.stopped() || blank(evidence.expected()) && blank(evidence.actual())) {
      return evidence;
    }
    return Evidence.of(m.get("stop.evidence.expected"), outcome.scenario().stopReason(m));
  }

  private String compare(Evidence evidence) {
    if (blank(evidence.expected()) && blank(evidence.actual())) {
      return "";
    }
    return "<div class=\"compare\">"
        + "<div class=\"expected\"><h5>"
        + escape(m.get("html.evidence.expected"))
        + "</h5><p>"
        + escape(evidence.expected())
        + "</p></div>"
        + "<div class=\"actual\"><h5>"
        + escape(m.get("html.evidence.actual"))
        + "</h5><p>"
        + escape(evidence.actual())
        + "</p></div></div>";
  }

  private String details(Evidence evidence) {
    if (evidence.details().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<dl class=\"facts\">");
    for (Map.Entry<String, Object> detail : evidence.details().entrySet()) {
      out.append("<dt>").append(escape(detail.getKey())).append("</dt><dd>");
      out.append(value(detail.getValue())).append("</dd>");
    }
    return out.append("</dl>").toString();
  }

  private String value(Object value) {
    if (value == null) {
      return "<span class=\"none\">" + escape(m.get("html.none")) + "</span>";
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
      return "<span class=\"v\">" + escape(value) + "</span>";
    }
    JsonNode tree = ReportJson.tree(value);
    if (tree.isValueNode()) {
      return "<span class=\"v\">" + escape(tree.isTextual() ? tree.asText() : tree) + "</span>";
    }
    return "<pre class=\"json\">" + escape(ReportJson.pretty(tree)) + "</pre>";
  }

  private String journal(RuleOutcome outcome, Evidence evidence) {
    ScenarioResult scenario = outcome.scenario();
    List<JournalEntry> cited = new ArrayList<>();
    List<Long> missing = new ArrayList<>();
    for (long seq : evidence.journalSeqs()) {
      Optional<JournalEntry> entry = scenario.entry(seq);
      entry.ifPresentOrElse(cited::add, () -> missing.add(seq));
    }
    // A browser-side rule cites the window's result, not request_pay; the merchant still wants to
    // see what the page sent, so the scenario's request_pay calls come along as context.
    List<JournalEntry> context =
        cited.stream().anyMatch(JournalEntry::isRequestPay)
            ? List.of()
            : scenario.journal().stream().filter(JournalEntry::isRequestPay).toList();
    if (cited.isEmpty() && context.isEmpty() && missing.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<details class=\"journal\"><summary>");
    out.append(escape(HtmlJournal.summary(m, cited, context))).append("</summary>");
    out.append(HtmlJournal.render(m, cited, context));
    if (!missing.isEmpty()) {
      out.append("<p class=\"note\">")
          .append(escape(m.get("html.journal.missing", seqs(missing))))
          .append("</p>");
    }
    return out.append("</details>").toString();
  }

  private String screenshot(Evidence evidence) {
    return screenshots
        .dataUri(evidence.screenshot())
        .map(
            uri ->
                "<figure class=\"shot\"><img alt=\""
                    + escape(m.get("html.screenshot.alt"))
                    + "\" src=\""
                    + uri
                    + "\"><figcaption>"
                    + escape(m.get("html.screenshot.caption", evidence.screenshot()))
                    + "</figcaption></figure>")
        .orElse("");
  }

  static String seqs(List<Long> seqs) {
    return String.join(", ", seqs.stream().map(seq -> "#" + seq).toList());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
