package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class UsageCompletionDateValidTest {
  private final UsageCompletionDateValid rule = new UsageCompletionDateValid();

  private static Scenario again(String useCfm) {
    return Scenario.pc()
        .completionDateSettlement()
        .rest(
            "POST",
            "/subscribe/payments/again",
            json(
                "{customer_uid: 'c', merchant_uid: 'm', amount: 9900, extra: {naverUseCfm: '"
                    + useCfm
                    + "'}}"));
  }

  @Test
  void passesTodayInKorea() {
    assertThat(again("20250115").judgedBy(rule)).passed().citing("NP-SUB-5");
  }

  @Test
  void failsThePastAndABadFormat() {
    assertThat(again("20250114").judgedBy(rule)).failed().because("in the past");
    assertThat(again("2020-01-01").judgedBy(rule)).failed().hasDetail("problems");
  }

  @Test
  void judgesAScheduleAgainstItsScheduleDate() {
    long february = Scenario.NOON_KST + 30L * 24 * 3600;
    var finding =
        Scenario.pc()
            .completionDateSettlement()
            .rest(
                "POST",
                "/subscribe/payments/schedule",
                json(
                    "{customer_uid: 'c', schedules: [{merchant_uid: 'm2', schedule_at: "
                        + february
                        + ", amount: 9900, extra: {naverUseCfm: '20250120'}}]}"))
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void warnsWhenSentWithoutCompletionDateSettlement() {
    var finding = Scenario.pc().requestPay(payment().put("naverUseCfm", "20250120")).judgedBy(rule);

    assertThat(finding).warned().atSeverity(dev.preflight.inspection.Severity.WARN);
  }

  @Test
  void skipsWhenNotSent() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).skipped();
  }
}
