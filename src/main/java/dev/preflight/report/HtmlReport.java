package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * index.html: one self-contained page (inline CSS, screenshots as data URIs, no script) for a
 * merchant who has never seen the tool. The verdict comes first, then what to fix, then evidence.
 * Its words come from the message bundle (keys {@code html.}); a key ending in {@code .html} holds
 * markup, and what fills it is escaped first.
 */
public final class HtmlReport {
  public static final String FILE = "index.html";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(ZoneId.systemDefault());

  private HtmlReport() {}

  public static Path write(InspectionReport report, Path dir, Lang lang) {
    return ReportFile.write(dir, FILE, render(report, dir, lang));
  }

  /** The page; screenshots are looked up in {@code dir}, where the report will live. */
  public static String render(InspectionReport report, Path dir, Lang lang) {
    Messages m = Messages.of(lang);
    List<RuleSummary> rules =
        report.ruleSummaries().stream().sorted(Comparator.comparing(RuleSummary::verdict)).toList();
    HtmlRules sections = new HtmlRules(m, new HtmlEvidence(m, new Screenshots(dir)));
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!doctype html>\n<html lang=\"")
        .append(lang.code())
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(m.get("html.title", report.run().merchantName())))
        .append("</title><style>")
        .append(ReportStyle.CSS)
        .append("</style></head><body><main>")
        .append(header(m, report.run()))
        .append(HtmlBanner.render(m, report))
        .append(HtmlBanner.howItWorked(m, report))
        .append("<h2>")
        .append(escape(m.get("html.rules")))
        .append("</h2>")
        .append(sections.table(rules));
    List<RuleSummary> act = rules.stream().filter(r -> r.verdict().needsAttention()).toList();
    if (!act.isEmpty()) {
      page.append("<h2>").append(escape(m.get("html.to-fix"))).append("</h2>");
      act.forEach(rule -> page.append(sections.attention(rule)));
    }
    List<RuleSummary> rest = rules.stream().filter(r -> !r.verdict().needsAttention()).toList();
    if (!rest.isEmpty()) {
      page.append("<h2>").append(escape(m.get("html.rest"))).append("</h2>");
      rest.forEach(rule -> page.append(sections.folded(rule)));
    }
    page.append(HtmlReviewRequest.render(m, ReviewRequest.of(report)))
        .append("<h2>")
        .append(escape(m.get("html.scenarios")))
        .append("</h2>")
        .append(HtmlScenarios.table(m, report.scenarios(), new Screenshots(dir)))
        .append(legend(m))
        .append("<footer>")
        .append(m.get("html.footer.html", escape(report.run().toolVersion())))
        .append("</footer></main></body></html>\n");
    return page.toString();
  }

  private static String header(Messages m, RunInfo run) {
    return "<header><p class=\"kicker\">"
        + escape(m.get("html.kicker"))
        + "</p><h1>"
        + escape(run.merchantName())
        + "</h1><p class=\"meta\"><span>"
        + escape(run.merchantBaseUrl())
        + "</span><span>"
        + escape(m.get("html.checked-at", WHEN.format(run.startedAt())))
        + "</span><span>"
        + escape(m.get("html.took", duration(m, run.duration())))
        + "</span><span>"
        + escape(
            run.devices().isEmpty()
                ? run.browser()
                : m.get("html.browser-on", run.browser(), String.join(", ", run.devices())))
        + "</span></p></header>";
  }

  private static String legend(Messages m) {
    return "<h2 id=\"how-to-read\">"
        + escape(m.get("html.legend"))
        + "</h2><dl class=\"legend\">"
        + term(m, RuleVerdict.FAILED)
        + term(m, RuleVerdict.WARNING)
        + term(m, RuleVerdict.REVIEW)
        + term(m, RuleVerdict.PASSED)
        + term(m, RuleVerdict.SKIPPED)
        + term(m, RuleVerdict.NOT_RUN)
        + "<dt><b>"
        + escape(m.get("html.legend.not-judged"))
        + "</b></dt><dd>"
        + escape(m.get("html.legend.not-judged.meaning"))
        + "</dd><dt>"
        + escape(m.get("html.legend.severity"))
        + "</dt><dd>"
        + m.get("html.legend.severity.meaning.html")
        + "</dd><dt>"
        + escape(m.get("html.legend.kind"))
        + "</dt><dd>"
        + escape(m.get("html.legend.kind.meaning"))
        + "</dd><dt>"
        + escape(m.get("html.legend.evidence"))
        + "</dt><dd>"
        + m.get("html.legend.evidence.meaning.html")
        + "</dd></dl>";
  }

  private static String term(Messages m, RuleVerdict verdict) {
    return "<dt>"
        + Labels.badge(m, verdict)
        + "</dt><dd>"
        + escape(m.get("html.legend." + verdict.name()))
        + "</dd>";
  }

  static String duration(Messages m, Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    return seconds < 60
        ? m.get("duration.seconds", seconds)
        : m.get("duration.minutes", seconds / 60, seconds % 60);
  }
}
