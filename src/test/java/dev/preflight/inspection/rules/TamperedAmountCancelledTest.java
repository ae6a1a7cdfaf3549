package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class TamperedAmountCancelledTest {
  private final TamperedAmountCancelled rule = new TamperedAmountCancelled();

  @Test
  void passesWhenTheServerLooksUpCancelsAndSaysSo() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approvedFor(100)
            .lookedUp()
            .cancel(json("{imp_uid: 'imp_101', reason: '금액 불일치', extra: {requester: 'admin'}}"))
            .buyerSaw("결제 금액이 주문 금액과 달라 결제를 취소했습니다.")
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-AMT-3").citesJournal(3L, 4L);
  }

  @Test
  void failsWhenTheServerTrustsTheBrowsersAmount() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approvedFor(100)
            .lookedUp()
            .buyerSaw("주문이 완료되었습니다.")
            .judgedBy(rule);

    assertThat(finding)
        .failed()
        .hasDetail("requested_amount", 12000L)
        .hasDetail("paid_amount", 100L);
  }

  @Test
  void skipsWhenTheResultNeverReachedThePage() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .withoutCallback()
            .approvedFor(100)
            .lookedUp()
            .webhookAnswered()
            .judgedBy(rule);

    assertThat(finding).skipped().because("NP-MODE-1");
  }

  @Test
  void skipsWhenTheAmountWasNotTamperedWith() {
    assertThat(Scenario.pc().requestPay(payment()).approved().judgedBy(rule)).skipped();
  }
}
