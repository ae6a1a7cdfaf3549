package dev.preflight.report;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code review-request.md}: the pre-filled review request as Markdown, in Korean (the request is
 * filed in Korean). Text from the site (its address, the products it sent) is escaped, so a name
 * carrying markup or Markdown stays the text it is wherever the file is rendered.
 */
public final class ReviewRequestFile {
  public static final String NAME = "review-request.md";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ReviewRequestFile() {}

  public static Path write(ReviewRequest request, Path dir) {
    return ReportFile.write(dir, NAME, markdown(request));
  }

  static String markdown(ReviewRequest request) {
    InspectionReport report = request.report();
    RunInfo run = report.run();
    StringBuilder md = new StringBuilder();
    md.append("# 네이버페이 심사 요청서 — 검사 결과로 미리 채운 답변\n\n");
    md.append("PortOne(아임포트) 네이버페이 심사 요청서의 항목마다, 이번 검사의 근거로 답할 수 있는 것을 채웠습니다. ")
        .append("근거가 없는 항목은 `")
        .append(ReviewRequest.BLANK)
        .append("`으로 남겼습니다. 제출하기 전에 모든 답을 확인하세요.\n\n");
    md.append("- 사이트: ")
        .append(text(run.merchantName()))
        .append(" (")
        .append(text(run.merchantBaseUrl()))
        .append(")\n");
    md.append("- 검사: ")
        .append(WHEN.format(run.startedAt()))
        .append(", ")
        .append(text(run.toolVersion()))
        .append(", ")
        .append(text(run.browser()))
        .append(", 기기 ")
        .append(text(String.join(", ", run.devices())))
        .append('\n');
    md.append("- 결과: ").append(outcome(report)).append("\n");
    long answered = request.items().stream().filter(ReviewRequest.Item::answered).count();
    md.append("- 답한 항목: ")
        .append(answered)
        .append(" / ")
        .append(request.items().size())
        .append("\n");
    String section = null;
    for (ReviewRequest.Item item : request.items()) {
      if (!item.section().equals(section)) {
        section = item.section();
        md.append("\n## ").append(text(section)).append("\n");
      }
      md.append("\n### ").append(text(item.question())).append("\n\n");
      md.append("**답변:** ").append(text(item.answer())).append("\n\n");
      if (item.example() != null) {
        String fence = fence(item.example());
        md.append(fence)
            .append("json\n")
            .append(item.example())
            .append('\n')
            .append(fence)
            .append("\n\n");
      }
      md.append("근거:\n");
      item.evidence().forEach(line -> md.append("- ").append(text(line)).append('\n'));
    }
    return md.toString();
  }

  private static String outcome(InspectionReport report) {
    if (!report.problems().isEmpty()) {
      return "검사를 실행하지 못했습니다 (" + text(String.join("; ", report.problems())) + "): 답의 근거가 없습니다.";
    }
    VerdictCounts counts = report.counts();
    int notJudged = report.notJudged().rules().size();
    String tally =
        "실패 " + counts.failed() + ", 경고 " + counts.warning() + ", 판정하지 못한 규칙 " + notJudged;
    // A run that judged nothing is not "all passed", nor only "something to fix".
    return report.passed()
        ? "실패한 규칙 없음 (" + tally + ")"
        : "고칠 점이나 판정하지 못한 점이 있습니다. 보고서 index.html을 보세요 (" + tally + ")";
  }

  /** A code fence longer than any run of backticks in the example, so it cannot close early. */
  private static String fence(String example) {
    int longest = 0;
    int run = 0;
    for (char c : example.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /**
   * Inline text, one line: markup and the Markdown that could make a link, code or emphasis of it
   * escaped; the rest left as typed, so the file still reads well as plain text.
   */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        case '\\', '`', '*', '[', ']', '|' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
