package dev.preflight.inspection.rules;

import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Rule;
import dev.preflight.inspection.Scenario;
import dev.preflight.inspection.Verdict;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * A finding's own sentences (its summary or why it was skipped, what was expected, what was seen)
 * are in the check's language; the merchant's data inside them is as it was sent.
 */
class FindingWordsTest {
  private static final Messages KOREAN = Messages.of(Lang.KO);
  private static final Messages ENGLISH = Messages.of(Lang.EN);

  /** The prefixed error message of the reference merchant's defect. */
  private static Observation prefixed() {
    return Scenario.pc()
        .requestPay(payment())
        .buyerCancelled()
        .buyerSaw("결제에 실패하였습니다. 실패 사유: " + Scenario.CANCEL_MESSAGE)
        .observe();
  }

  @Test
  void aFailedVerbatimMessageIsToldInKorean() {
    Finding finding = new ErrorMessageShownVerbatim().evaluate(prefixed().in(KOREAN));

    assertThat(finding.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(finding.reason()).isEqualTo("error_msg를 받은 그대로 표시하지 않았습니다.");
    assertThat(finding.evidence().expected())
        .isEqualTo("전체 문구가 error_msg와 같은 대화상자나 요소: " + Scenario.CANCEL_MESSAGE);
    assertThat(finding.evidence().actual())
        .isEqualTo("대신 표시된 문구: 결제에 실패하였습니다. 실패 사유: " + Scenario.CANCEL_MESSAGE);
  }

  @Test
  void theSameFindingIsToldInEnglishByDefaultAndWhenEnglishIsChosen() {
    Rule rule = new ErrorMessageShownVerbatim();
    Finding byDefault = rule.evaluate(prefixed());
    Finding english = rule.evaluate(prefixed().in(ENGLISH));

    assertThat(english).isEqualTo(byDefault);
    assertThat(english.reason()).isEqualTo("error_msg was not shown exactly as sent");
    assertThat(english.evidence().expected())
        .isEqualTo("a dialog or element whose whole text is error_msg: " + Scenario.CANCEL_MESSAGE);
    assertThat(english.evidence().actual())
        .isEqualTo("shown instead: 결제에 실패하였습니다. 실패 사유: " + Scenario.CANCEL_MESSAGE);
  }

  @Test
  void aSkipAPassAndAFailureOfOtherRulesAreToldInKorean() {
    Rule reason = new CancelCarriesReason();
    Observation noCancel = Scenario.pc().requestPay(payment()).observe();
    Observation bare = Scenario.pc().cancel(json("{imp_uid: 'imp_1'}")).observe();
    Observation oneChannel = Scenario.pc().requestPay(payment()).observe();

    assertThat(reason.evaluate(noCancel.in(KOREAN)).reason())
        .isEqualTo("POST /payments/cancel 호출이 없었습니다.");
    assertThat(reason.evaluate(bare.in(KOREAN)).reason()).isEqualTo("reason 없이 보낸 취소가 있습니다.");
    assertThat(reason.evaluate(bare.in(KOREAN)).evidence().expected()).isEqualTo("비어 있지 않은 reason");
    assertThat(new AmountIsANumber().evaluate(oneChannel.in(KOREAN)).reason())
        .isEqualTo("amount가 숫자였습니다.");
    assertThat(new PgNamesNaverPay().evaluate(oneChannel.in(KOREAN)).reason())
        .isEqualTo("계정의 채널이 1개입니다: 기본 PG가 naverpay입니다.");
  }

  @Test
  void theMerchantsTextFillsAKoreanSentenceAsItIs() {
    String message = "Naver's {0} '결제' 취소";
    Observation observation =
        Scenario.pc()
            .requestPay(payment())
            .failed("cancel", "USER_CANCEL", message)
            .buyerSaw("다른 문구")
            .observe();

    Finding finding = new ErrorMessageShownVerbatim().evaluate(observation.in(KOREAN));

    assertThat(finding.evidence().expected()).endsWith(": " + message);
  }

  @Test
  void everyRuleSaysWhyItSkippedInKorean() {
    Observation nothing = Scenario.pc().observe().in(KOREAN);
    for (Rule rule : RuleCatalog.all()) {
      Finding finding = rule.evaluate(nothing);
      assertThat(finding.reason()).as(rule.id()).containsPattern("\\p{IsHangul}");
    }
  }
}
