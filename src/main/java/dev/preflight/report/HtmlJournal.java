package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.journal.BodyExcerpt;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Journal entries as a merchant's developer reads them: request_pay parameters as pretty JSON, the
 * server's REST calls as a table, anything else (window results, webhooks) as labelled JSON.
 */
final class HtmlJournal {
  private HtmlJournal() {}

  static String summary(Messages m, List<JournalEntry> cited, List<JournalEntry> context) {
    List<String> parts = new ArrayList<>();
    long requestPays = cited.stream().filter(JournalEntry::isRequestPay).count() + context.size();
    long rest = cited.stream().filter(HtmlJournal::isRest).count();
    if (requestPays > 0) {
      parts.add(m.get("html.journal.request-pay"));
    }
    if (rest > 0) {
      parts.add(m.counted(rest, "count.rest-call"));
    }
    cited.stream()
        .filter(record -> !record.isRequestPay() && !isRest(record))
        .map(record -> label(m, record, false))
        .distinct()
        .forEach(parts::add);
    String what = parts.isEmpty() ? m.get("html.journal") : String.join(", ", parts);
    return cited.isEmpty()
        ? m.get("html.journal.show", what)
        : m.get("html.journal.show-cited", what, HtmlEvidence.seqs(seqs(cited)));
  }

  static String render(Messages m, List<JournalEntry> cited, List<JournalEntry> context) {
    StringBuilder out = new StringBuilder();
    for (JournalEntry record : cited) {
      if (record.isRequestPay()) {
        out.append(requestPay(m, record, ""));
      }
    }
    for (JournalEntry record : context) {
      out.append(requestPay(m, record, m.get("html.journal.in-scenario")));
    }
    List<JournalEntry> rest = cited.stream().filter(HtmlJournal::isRest).toList();
    if (!rest.isEmpty()) {
      out.append(restCalls(m, rest));
    }
    for (JournalEntry record : cited) {
      if (!record.isRequestPay() && !isRest(record)) {
        out.append(other(m, record));
      }
    }
    return out.toString();
  }

  private static String requestPay(Messages m, JournalEntry record, String note) {
    return "<h5>"
        + escape(m.get("html.journal.request-pay.heading"))
        + " <span class=\"seq\">#"
        + record.seq()
        + escape(note)
        + "</span></h5><pre class=\"json\">"
        + escape(ReportJson.pretty(record.params()))
        + "</pre>";
  }

  private static String restCalls(Messages m, List<JournalEntry> calls) {
    StringBuilder out =
        new StringBuilder("<h5>")
            .append(escape(m.get("html.journal.rest")))
            .append("</h5><table class=\"calls\"><thead><tr><th>#</th><th>")
            .append(escape(m.get("html.journal.rest.call")))
            .append("</th><th>HTTP</th><th>code</th><th>")
            .append(escape(m.get("html.journal.rest.params")))
            .append("</th><th>")
            .append(escape(m.get("html.journal.rest.answer")))
            .append("</th></tr></thead><tbody>");
    for (JournalEntry call : calls) {
      out.append("<tr><td class=\"seq\">")
          .append(call.seq())
          .append("</td><td class=\"call\"><code>")
          .append(escape(call.method()))
          .append(' ')
          .append(escape(call.path()))
          .append("</code></td><td>")
          .append(escape(call.status()))
          .append("</td><td>")
          .append(escape(call.code()))
          .append("</td><td class=\"body\">")
          .append(params(m, call.params()))
          .append("</td><td class=\"body\">")
          .append(answer(m, call.response()))
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  /** What the simulator answered, collapsed: a payment is forty lines of JSON. */
  private static String answer(Messages m, BodyExcerpt response) {
    if (response == null) {
      return "<span class=\"none\">" + escape(m.get("html.journal.rest.answer.none")) + "</span>";
    }
    String json = escape(ReportJson.pretty(response.body()));
    if (!response.truncated()) {
      return collapsed(m.get("html.journal.rest.answer.size", response.bytes()), json, "");
    }
    int kept = BodyExcerpt.MAX_BYTES;
    return collapsed(
        m.get("html.journal.rest.answer.cut", kept, response.bytes()),
        json,
        "<p class=\"note\">"
            + escape(m.get("html.journal.rest.answer.cut.note", kept, response.bytes()))
            + "</p>");
  }

  private static String collapsed(String summary, String escapedJson, String after) {
    return "<details class=\"body\"><summary>"
        + escape(summary)
        + "</summary><pre class=\"json\">"
        + escapedJson
        + "</pre>"
        + after
        + "</details>";
  }

  private static String other(Messages m, JournalEntry record) {
    JsonNode body = record.detail().isNull() ? record.params() : record.detail();
    return "<h5>"
        + escape(label(m, record, true))
        + " <span class=\"seq\">#"
        + record.seq()
        + "</span></h5><pre class=\"json\">"
        + escape(ReportJson.pretty(body))
        + "</pre>";
  }

  /** What a journal entry is, in a sentence ("the webhook to your server") or as a heading. */
  private static String label(Messages m, JournalEntry record, boolean heading) {
    String kind = record.kind() == null ? "" : record.kind();
    String suffix = heading ? ".heading" : "";
    return switch (kind) {
      case "window", "webhook", "schedule" -> m.get("html.journal.kind." + kind + suffix);
      case "sdk" -> m.get("html.journal.kind.sdk", record.method());
      default -> (kind + " " + (record.method() == null ? "" : record.method())).strip();
    };
  }

  private static String params(Messages m, JsonNode params) {
    if (params == null || params.isNull() || params.isEmpty() && params.isContainerNode()) {
      return "<span class=\"none\">" + escape(m.get("html.none")) + "</span>";
    }
    return collapsed(
        m.get("html.journal.rest.request.size", params.size()),
        escape(ReportJson.pretty(params)),
        "");
  }

  private static boolean isRest(JournalEntry record) {
    return "rest".equals(record.kind());
  }

  private static List<Long> seqs(List<JournalEntry> records) {
    return records.stream().map(JournalEntry::seq).toList();
  }
}
