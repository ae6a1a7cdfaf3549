package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.json;
import static dev.preflight.inspection.Scenario.payment;
import static dev.preflight.inspection.Scenario.registration;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class PaymentVerifiedBeforeSuccessShownTest {
  private final PaymentVerifiedBeforeSuccessShown rule = new PaymentVerifiedBeforeSuccessShown();

  @Test
  void passesALookupBeforeSuccessIsShown() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .buyerSaw("주문이 완료되었습니다.")
            .judgedBy(rule);

    assertThat(finding).passed().citing("NP-VER-1").citesJournal(3L);
  }

  @Test
  void acceptsALookupByMerchantUid() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .rest("GET", "/payments/find/order-1/paid", json("{}"))
            .buyerSaw("결제가 완료되었습니다.")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void takesTheShopsOwnSuccessMarkForSuccessWhateverItsWords() {
    var unverified =
        Scenario.pc().requestPay(payment()).approved().successMark("주문이 접수되었습니다").judgedBy(rule);
    var verified =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .successMark("주문이 접수되었습니다")
            .judgedBy(rule);

    assertThat(unverified).failed();
    assertThat(verified).passed();
  }

  @Test
  void failsSuccessShownWithoutALookup() {
    var finding =
        Scenario.pc().requestPay(payment()).approved().buyerSaw("주문이 완료되었습니다.").judgedBy(rule);

    assertThat(finding).failed().hasDetail("journal_seq_at_result", 2L);
  }

  @Test
  void doesNotCountTheWebhookHandlersLookup() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .webhookAnswered()
            .buyerSaw("주문이 완료되었습니다.")
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void countsTheConfirmationBesideTheWebhook() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .lookedUp()
            .webhookAnswered()
            .buyerSaw("주문이 완료되었습니다.")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  @Test
  void failsALookupThatCameAfterSuccessWasShown() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .buyerSaw("주문이 완료되었습니다.")
            .lookedUp()
            .judgedBy(rule);

    assertThat(finding).failed();
  }

  @Test
  void passesWhenNoSuccessWasShownAndSkipsAFailure() {
    assertThat(Scenario.pc().requestPay(payment()).approved().judgedBy(rule)).passed();
    assertThat(Scenario.pc().requestPay(payment()).buyerCancelled().judgedBy(rule)).skipped();
  }

  @Test
  void passesAForgedSuccessTheLookupExposed() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .lookedUp()
            .buyerSaw("결제가 완료되지 않았습니다.")
            .judgedBy(rule);

    assertThat(finding).passed().because("not told");
  }

  @Test
  void acceptsACustomerLookupForARegistration() {
    var finding =
        Scenario.pc()
            .requestPay(registration())
            .approved()
            .rest("GET", "/subscribe/customers/customer-1", json("{}"))
            .buyerSaw("구독 중입니다.")
            .judgedBy(rule);

    assertThat(finding).passed();
  }

  /** An optimistic toast counts from when it showed, though the lookup came before the end. */
  @Test
  void failsASuccessToastShownBeforeTheLookup() {
    var finding =
        Scenario.pc()
            .requestPay(payment())
            .approved()
            .glimpsed("결제가 완료되었습니다")
            .lookedUp()
            .buyerSaw("주문 상세")
            .judgedBy(rule);

    assertThat(finding).failed();
  }
}
