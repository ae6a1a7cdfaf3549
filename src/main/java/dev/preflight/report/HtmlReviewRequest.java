package dev.preflight.report;

import static dev.preflight.web.Html.escape;

import dev.preflight.text.Messages;

/**
 * The review request's section of the HTML report: each item with its answer and evidence, the
 * {@code naverProducts} example as sent. The answers stay in Korean in both languages, since the
 * request is filed in Korean; the headings follow the report's language.
 */
final class HtmlReviewRequest {
  private HtmlReviewRequest() {}

  static String render(Messages m, ReviewRequest request) {
    long answered = request.items().stream().filter(ReviewRequest.Item::answered).count();
    StringBuilder out = new StringBuilder("<h2 id=\"review-request\">");
    out.append(escape(m.get("html.review")))
        .append("</h2><p>")
        .append(escape(m.get("html.review.intro", answered, request.items().size())))
        .append("</p><table class=\"review\"><thead><tr><th>")
        .append(escape(m.get("html.review.question")))
        .append("</th><th>")
        .append(escape(m.get("html.review.answer")))
        .append("</th><th>")
        .append(escape(m.get("html.review.evidence")))
        .append("</th></tr></thead><tbody>");
    for (ReviewRequest.Item item : request.items()) {
      out.append(item.answered() ? "<tr>" : "<tr class=\"blank\">")
          .append("<td>")
          .append(escape(item.question()))
          .append("</td><td>")
          .append(escape(item.answer()));
      if (item.example() != null) {
        out.append("<pre class=\"json\">").append(escape(item.example())).append("</pre>");
      }
      out.append("</td><td><ul>");
      item.evidence().forEach(line -> out.append("<li>").append(escape(line)).append("</li>"));
      out.append("</ul></td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
