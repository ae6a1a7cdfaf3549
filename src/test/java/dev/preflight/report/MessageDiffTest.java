package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Verdict;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The difference between what Naver sent and what the buyer saw, as the report marks it: the shop's
 * text in {@code <ins>}, Naver's dropped text in {@code <del>}, the rest plain.
 */
class MessageDiffTest {
  private static final String NAVER = "결제를 취소하셨습니다. 주문 내용 확인 후 다시 결제해주세요.";
  private final HtmlMessageDiff html = new HtmlMessageDiff(Messages.of(Lang.EN));

  @Test
  void aPrefixTheShopAddedIsMarkedAddedAndNaversTextLeftPlain() {
    String diff = render(NAVER, "결제에 실패하였습니다. 실패 사유: " + NAVER);

    assertThat(diff)
        .contains("<p class=\"diff-sent\">" + NAVER + "</p>")
        .contains("<p class=\"diff-shown\"><ins>결제에 실패하였습니다. 실패 사유: </ins>" + NAVER + "</p>")
        .doesNotContain("<del>결");
  }

  @Test
  void aSuffixTheShopAddedIsMarkedAdded() {
    String diff = render(NAVER, NAVER + " (오류 코드: userCancel)");

    assertThat(diff)
        .contains("<p class=\"diff-shown\">" + NAVER + "<ins> (오류 코드: userCancel)</ins></p>")
        .contains("<p class=\"diff-sent\">" + NAVER + "</p>");
  }

  @Test
  void wordsTheShopChangedAreStruckOnNaversLineAndAddedOnTheBuyers() {
    String diff = render("카드 한도가 초과되었습니다. 다른 카드로 결제해주세요.", "카드 한도가 초과되었습니다. 다른 수단으로 결제해주세요.");

    assertThat(diff)
        .contains("<p class=\"diff-sent\">카드 한도가 초과되었습니다. 다른 <del>카드로</del> 결제해주세요.</p>")
        .contains("<p class=\"diff-shown\">카드 한도가 초과되었습니다. 다른 <ins>수단으로</ins> 결제해주세요.</p>");
  }

  @Test
  void identicalTextsCarryNoMarksAndNoLegend() {
    String diff = render(NAVER, NAVER);

    assertThat(diff)
        .contains("<p class=\"diff-sent\">" + NAVER + "</p>")
        .contains("<p class=\"diff-shown\">" + NAVER + "</p>")
        .doesNotContain("<ins>", "<del>", "diff-legend");
  }

  @Test
  void markupInEitherTextIsEscapedInEveryPiece() {
    String added = render("<b>한도 초과</b> & 재시도", "<script>alert(1)</script> <b>한도 초과</b> & 재시도");
    String changed = render("<b>한도 초과</b> 재시도", "<i>한도 초과</i> 재시도");

    assertThat(added)
        .contains(
            "<ins>&lt;script&gt;alert(1)&lt;/script&gt; </ins>&lt;b&gt;한도 초과&lt;/b&gt; &amp; 재시도")
        .doesNotContain("<script>", "<b>");
    assertThat(changed)
        .contains("<del>&lt;b&gt;한도 초과&lt;/b&gt;</del> 재시도")
        .contains("<ins>&lt;i&gt;한도 초과&lt;/i&gt;</ins> 재시도")
        .doesNotContain("<b>", "<i>");
  }

  @Test
  void veryLongTextsAreShownAsTheyAreWithoutComparing() {
    String long1 = "가".repeat(MessageDiff.MAX_CHARS + 1);
    String long2 = "나" + long1;

    assertThat(MessageDiff.of(long1, long2)).isEmpty();
    assertThat(render(long1, long2))
        .contains("<p class=\"diff-sent\">" + long1 + "</p>")
        .contains("<p class=\"diff-shown\">" + long2 + "</p>")
        .contains("Too long to mark the difference")
        .doesNotContain("<ins>", "<del>");
  }

  @Test
  void amongSeveralTextsTheBuyerSawTheClosestIsCompared() {
    String diff = render(NAVER, List.of("주문/결제", "결제 실패: " + NAVER, "고객센터 1588-0000"));

    assertThat(diff).contains("<p class=\"diff-shown\"><ins>결제 실패: </ins>" + NAVER + "</p>");
  }

  @Test
  void aBracketGluedToTheMessageIsAddedOnItsOwn() {
    String diff = render(NAVER, "[" + NAVER + "]");

    assertThat(diff).contains("<p class=\"diff-shown\"><ins>[</ins>" + NAVER + "<ins>]</ins></p>");
  }

  @Test
  void onlyTheVerbatimRulesGetTheComparison() {
    Finding other =
        SampleReport.finding(
            "NP-AMT-1",
            "s",
            Verdict.FAILED,
            "r",
            Evidence.of("", "").with("error_msg", NAVER).with("shown", List.of("x " + NAVER)));

    assertThat(html.render(other)).isEmpty();
  }

  private String render(String sent, String shown) {
    return render(sent, List.of(shown));
  }

  private String render(String sent, List<String> shown) {
    Finding finding =
        SampleReport.finding(
            "NP-ERR-1",
            "s",
            Verdict.FAILED,
            "error_msg was not shown exactly as sent",
            Evidence.of("", "").with("error_msg", sent).with("shown", shown));
    return html.render(finding);
  }
}
