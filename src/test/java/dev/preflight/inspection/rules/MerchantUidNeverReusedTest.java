package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class MerchantUidNeverReusedTest {
  private final MerchantUidNeverReused rule = new MerchantUidNeverReused();

  @Test
  void passesFreshMerchantUids() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .nextScenario()
            .requestPay(payment().put("merchant_uid", "order-2"))
            .approved()
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-UID-1");
  }

  @Test
  void failsAMerchantUidPaidInAnEarlierScenario() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .nextScenario()
            .requestPay(payment())
            .refused("F1002", "이미 결제가 이루어진 거래건입니다.")
            .judgedBy(rule);

    assertThat(finding).failed().hasDetail("merchant_uid", "order-1").citesJournal(1L, 3L);
  }

  @Test
  void failsAnAgainAndScheduleSharingAMerchantUid() {
    var finding =
        Scenario.pc()
            .rest(
                "POST",
                "/subscribe/payments/again",
                json("{customer_uid: 'c', merchant_uid: 'sub-c', amount: 9900}"))
            .rest(
                "POST",
                "/subscribe/payments/schedule",
                json("{customer_uid: 'c', schedules: [{merchant_uid: 'sub-c', amount: 9900}]}"))
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void allowsARetryAfterACancelledWindow() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .buyerCancelled()
            .requestPay(payment())
            .approved()
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void skipsWithoutPaymentCalls() {
    assertThat(Scenario.pc().judgedBy(rule)).skipped();
  }
}
