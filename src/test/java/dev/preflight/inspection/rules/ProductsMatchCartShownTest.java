package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class ProductsMatchCartShownTest {
  private final ProductsMatchCartShown rule = new ProductsMatchCartShown();

  @Test
  void passesWhenTheCartShowsTheProductAndCount() {
    var finding =
        Scenario.pc().requestPay(payment()).buyerSaw("상품 수량 금액", "달빛 서점 2 12,000원").judgedBy(rule);

    assertThat(finding).passed().citing("NP-PRD-5");
  }

  @Test
  void asksForReviewWhenTheCountDiffers() {
    var finding = Scenario.pc().requestPay(payment()).buyerSaw("달빛 서점 3 18,000원").judgedBy(rule);

    assertThat(finding).needsReview().because("differ");
  }

  @Test
  void skipsWhenTheCartIsNotOnScreen() {
    var finding =
        Scenario.pc().requestPay(payment()).approved().buyerSaw("주문이 완료되었습니다.").judgedBy(rule);

    assertThat(finding).skipped();
  }
}
