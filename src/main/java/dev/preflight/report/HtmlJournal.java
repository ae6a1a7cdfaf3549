package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Journal entries as a merchant's developer reads them: request_pay parameters as pretty JSON, the
 * server's REST calls as a table, anything else (window results, webhooks) as labelled JSON.
 */
final class HtmlJournal {
  private HtmlJournal() {}

  static String summary(List<JournalEntry> cited, List<JournalEntry> context) {
    List<String> parts = new ArrayList<>();
    long requestPays = cited.stream().filter(JournalEntry::isRequestPay).count() + context.size();
    long rest = cited.stream().filter(HtmlJournal::isRest).count();
    if (requestPays > 0) {
      parts.add("request_pay parameters");
    }
    if (rest > 0) {
      parts.add(rest + (rest == 1 ? " REST call" : " REST calls"));
    }
    cited.stream()
        .filter(record -> !record.isRequestPay() && !isRest(record))
        .map(HtmlJournal::label)
        .distinct()
        .forEach(parts::add);
    String what = parts.isEmpty() ? "Journal" : String.join(", ", parts);
    return cited.isEmpty()
        ? "Show " + what
        : "Show " + what + " (journal " + HtmlEvidence.seqs(seqs(cited)) + ")";
  }

  static String render(List<JournalEntry> cited, List<JournalEntry> context) {
    StringBuilder out = new StringBuilder();
    for (JournalEntry record : cited) {
      if (record.isRequestPay()) {
        out.append(requestPay(record, ""));
      }
    }
    for (JournalEntry record : context) {
      out.append(requestPay(record, " (in this scenario)"));
    }
    List<JournalEntry> rest = cited.stream().filter(HtmlJournal::isRest).toList();
    if (!rest.isEmpty()) {
      out.append(restCalls(rest));
    }
    for (JournalEntry record : cited) {
      if (!record.isRequestPay() && !isRest(record)) {
        out.append(other(record));
      }
    }
    return out.toString();
  }

  private static String requestPay(JournalEntry record, String note) {
    return "<h5>IMP.request_pay parameters <span class=\"seq\">#"
        + record.seq()
        + escape(note)
        + "</span></h5><pre class=\"json\">"
        + escape(ReportJson.pretty(record.params()))
        + "</pre>";
  }

  private static String restCalls(List<JournalEntry> calls) {
    StringBuilder out =
        new StringBuilder(
            "<h5>REST calls your server made</h5><table class=\"calls\"><thead><tr>"
                + "<th>#</th><th>Call</th><th>HTTP</th><th>code</th><th>Parameters</th>"
                + "</tr></thead><tbody>");
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
          .append("</td><td>")
          .append(params(call.params()))
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  private static String other(JournalEntry record) {
    JsonNode body = record.detail().isNull() ? record.params() : record.detail();
    return "<h5>"
        + escape(heading(label(record)))
        + " <span class=\"seq\">#"
        + record.seq()
        + "</span></h5><pre class=\"json\">"
        + escape(ReportJson.pretty(body))
        + "</pre>";
  }

  private static String heading(String label) {
    String bare = label.startsWith("the ") ? label.substring(4) : label;
    return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
  }

  private static String label(JournalEntry record) {
    String kind = record.kind() == null ? "" : record.kind();
    return switch (kind) {
      case "window" -> "the Naver Pay window result";
      case "webhook" -> "the webhook to your server";
      case "schedule" -> "the scheduled payment";
      case "sdk" -> "IMP." + record.method() + " call";
      default -> (kind + " " + (record.method() == null ? "" : record.method())).strip();
    };
  }

  private static String params(JsonNode params) {
    if (params == null || params.isNull() || params.isEmpty() && params.isContainerNode()) {
      return "<span class=\"none\">(none)</span>";
    }
    return "<pre class=\"json\">" + escape(ReportJson.pretty(params)) + "</pre>";
  }

  private static boolean isRest(JournalEntry record) {
    return "rest".equals(record.kind());
  }

  private static List<Long> seqs(List<JournalEntry> records) {
    return records.stream().map(JournalEntry::seq).toList();
  }
}
