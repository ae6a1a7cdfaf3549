package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For a verbatim-failure finding (NP-ERR-1, NP-ERR-2): what Naver sent above what the buyer saw,
 * the shop's additions in {@code <ins>} on the buyer's line and Naver's words it dropped in {@code
 * <del>} on Naver's, so the merchant sees at a glance the prefix to remove. Both texts are the
 * merchant's and Naver's, never ours: every piece is escaped.
 */
final class HtmlMessageDiff {
  private static final Set<String> VERBATIM_RULES = Set.of("NP-ERR-1", "NP-ERR-2");

  private final Messages m;

  HtmlMessageDiff(Messages m) {
    this.m = m;
  }

  String render(Finding finding) {
    Evidence evidence = finding.evidence();
    if (!VERBATIM_RULES.contains(finding.ruleId()) || evidence == null) {
      return "";
    }
    Object sentValue = evidence.details().get("error_msg");
    if (!(sentValue instanceof String sent) || sent.isEmpty()) {
      return "";
    }
    // Replaced by the shop's own words after a glimpse: those words are what to compare.
    List<String> candidates = texts(evidence.details().get("replaced_by"));
    if (candidates.isEmpty()) {
      candidates = texts(evidence.details().get("shown"));
    }
    Optional<String> closest = MessageDiff.closest(sent, candidates);
    if (closest.isEmpty()) {
      return block(
          escape(sent), "<span class=\"none\">" + escape(m.get("html.none")) + "</span>", "");
    }
    String shown = closest.get();
    return MessageDiff.of(sent, shown)
        .map(pieces -> marked(pieces))
        .orElseGet(
            () ->
                block(
                    escape(sent),
                    escape(shown),
                    "<p class=\"note\">" + escape(m.get("html.diff.too-long")) + "</p>"));
  }

  private String marked(List<MessageDiff.Piece> pieces) {
    StringBuilder sent = new StringBuilder();
    StringBuilder shown = new StringBuilder();
    for (MessageDiff.Piece piece : pieces) {
      String text = escape(piece.text());
      switch (piece.kind()) {
        case SAME -> {
          sent.append(text);
          shown.append(text);
        }
        case MISSING -> sent.append("<del>").append(text).append("</del>");
        case ADDED -> shown.append("<ins>").append(text).append("</ins>");
      }
    }
    String legend =
        MessageDiff.changed(pieces) == 0
            ? ""
            : "<p class=\"diff-legend\"><ins>"
                + escape(m.get("html.diff.added"))
                + "</ins> <del>"
                + escape(m.get("html.diff.missing"))
                + "</del></p>";
    return block(sent.toString(), shown.toString(), legend);
  }

  private String block(String sentHtml, String shownHtml, String after) {
    return "<div class=\"diff\"><h5>"
        + escape(m.get("html.diff.sent"))
        + "</h5><p class=\"diff-sent\">"
        + sentHtml
        + "</p><h5>"
        + escape(m.get("html.diff.shown"))
        + "</h5><p class=\"diff-shown\">"
        + shownHtml
        + "</p>"
        + after
        + "</div>";
  }

  /** The texts of a detail: a list of them, or one; nothing when absent. */
  private static List<String> texts(Object value) {
    if (value == null) {
      return List.of();
    }
    JsonNode tree = ReportJson.tree(value);
    List<String> texts = new ArrayList<>();
    if (tree.isArray()) {
      tree.forEach(node -> texts.add(node.asText()));
    } else if (tree.isTextual()) {
      texts.add(tree.asText());
    }
    return texts;
  }
}
