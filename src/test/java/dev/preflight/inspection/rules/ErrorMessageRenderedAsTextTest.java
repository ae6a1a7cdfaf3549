package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class ErrorMessageRenderedAsTextTest {
  private static final String MARKUP = "<b>한도</b>를 초과했습니다 &amp; 확인해주세요";
  private final ErrorMessageRenderedAsText rule = new ErrorMessageRenderedAsText();

  @Test
  void passesWhenTheMarkupIsShownAsCharacters() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .failed("limit_exceeded", "ExceedLimit", MARKUP)
            .buyerSaw(MARKUP)
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-ERR-4");
  }

  @Test
  void warnsWhenTheMessageWasRenderedAsHtml() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .failed("limit_exceeded", "ExceedLimit", MARKUP)
            .buyerSaw("한도를 초과했습니다 & 확인해주세요")
            .judgedBy(rule);

    assertThat(finding).warned().hasDetail("as_html_shows", "한도를 초과했습니다 & 확인해주세요");
  }

  @Test
  void skipsAMessageWithoutMarkupOrOneNotShownAtAll() {
    assertThat(
            Scenario.pc()
                .requestPay(payment())
                .failed("limit_exceeded", "ExceedLimit", "\"월 한도\" & <일 한도>")
                .buyerSaw("x")
                .judgedBy(rule))
        .skipped();
    assertThat(
            Scenario.pc()
                .requestPay(payment())
                .failed("limit_exceeded", "ExceedLimit", MARKUP)
                .buyerSaw("결제가 정상적으로 처리되지 않았습니다.")
                .judgedBy(rule))
        .skipped()
        .because("not shown");
  }
}
