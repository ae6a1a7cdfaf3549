package dev.preflight.inspection.rules;

import static dev.preflight.assertions.FindingAssert.assertThat;
import static dev.preflight.inspection.Scenario.payment;

import dev.preflight.inspection.Scenario;
import org.junit.jupiter.api.Test;

class ContractParametersMatchContractTest {
  private final ContractParametersMatchContract rule = new ContractParametersMatchContract();

  private static com.fasterxml.jackson.databind.node.ObjectNode highRiskPayment(String userKey) {
    return payment()
        .put("naverPurchaserName", "홍길동")
        .put("naverPurchaserBirthday", "19900101")
        .put("naverMerchantUserKey", userKey);
  }

  @Test
  void passesAStandardContractWithoutExtrasAndAHighRiskOneWithThem() {
    assertThat(Scenario.pc().requestPay(payment()).judgedBy(rule)).passed().citing("NP-HR-1");
    assertThat(Scenario.pc().highRisk().requestPay(highRiskPayment("u_7f3a9c")).judgedBy(rule))
        .passed();
  }

  @Test
  void warnsWhenHighRiskParametersAreMissingOrSentWithoutTheContract() {
    assertThat(Scenario.pc().highRisk().requestPay(payment()).judgedBy(rule))
        .warned()
        .hasDetail("high_risk", true);
    assertThat(Scenario.pc().requestPay(highRiskPayment("u_7f3a9c")).judgedBy(rule)).warned();
  }

  @Test
  void warnsOnPersonalDataInTheUserKey() {
    assertThat(
            Scenario.pc()
                .highRisk()
                .requestPay(highRiskPayment("gildong@example.com"))
                .judgedBy(rule))
        .warned();
    assertThat(Scenario.pc().highRisk().requestPay(highRiskPayment("01012345678")).judgedBy(rule))
        .warned();
    assertThat(Scenario.pc().highRisk().requestPay(highRiskPayment("gildong")).judgedBy(rule))
        .warned();
  }

  @Test
  void warnsOnSellerIdAgainstTheMarketplaceFlag() {
    var withSeller = payment();
    ((com.fasterxml.jackson.databind.node.ObjectNode) withSeller.path("naverProducts").get(0))
        .put("sellerId", "seller01");
    assertThat(Scenario.pc().marketplace().requestPay(withSeller).judgedBy(rule)).passed();
    assertThat(Scenario.pc().requestPay(withSeller).judgedBy(rule)).warned();
    assertThat(Scenario.pc().marketplace().requestPay(payment()).judgedBy(rule)).warned();
  }

  @Test
  void skipsWithoutRequestPay() {
    assertThat(Scenario.pc().judgedBy(rule)).skipped();
  }
}
