package dev.preflight.simulator.naverpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.support.HttpReply;
import dev.preflight.support.RequestPayParams;
import dev.preflight.support.RunningSimulator;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pre-validation as the SDK's report meets it, sent straight to {@code /__sim/sdk/request_pay} as
 * any page could send it without iamport.js: what must never open a window.
 */
class SdkPreValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0";

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private Ledger ledger() {
    return sim.simulator().accounts().defaultAccount().ledger();
  }

  private JsonNode requestPay(ObjectNode params, boolean withCallback) {
    ObjectNode body = JSON.createObjectNode();
    body.put("user_code", "imp00000000");
    body.put("page_url", "http://127.0.0.1:1/shop");
    body.put("user_agent", DESKTOP);
    body.put("has_callback", withCallback);
    body.set("params", params);
    HttpReply reply = sim.plainHttp().postJson("/__sim/sdk/request_pay", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /**
   * Issue 11, example 6: a javascript: m_redirect_url was handed back as the place to go on a
   * refusal without a callback, and the SDK assigned it to location.href.
   */
  @Test
  void aNonHttpRedirectUrlIsRefusedAndNeverHandedBackToFollow() {
    List<String> unsafe =
        List.of(
            "javascript:alert(document.cookie)",
            "JavaScript:alert(1)",
            " \tjava\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd");
    for (String url : unsafe) {
      ObjectNode params = RequestPayParams.naverPay("order-js", 14000, false, url);

      JsonNode reply = requestPay(params, false);

      assertThat(reply.get("ok").asBoolean()).as(url).isFalse();
      assertThat(reply.at("/response/error_code").asText())
          .as(url)
          .isEqualTo(PreValidation.UNSAFE_REDIRECT_URL);
      assertThat(reply.at("/response/error_msg").asText()).contains("m_redirect_url", "http");
      assertThat(reply.get("redirect_url").isNull()).as(url).isTrue();
    }
    assertThat(ledger().paymentsFor("order-js")).isEmpty();
  }

  @Test
  void httpAndPageRelativeRedirectUrlsStillOpenTheWindow() {
    for (String url :
        List.of("https://shop.example/return", "HTTP://shop.example/r", "/payments/complete")) {
      ObjectNode params = RequestPayParams.naverPay("order-" + url.length(), 14000, false, url);

      assertThat(requestPay(params, false).get("ok").asBoolean()).as(url).isTrue();
    }
  }

  /**
   * Issue 11, example 5: 18446744073709552116 wrapped round to 500 won, and approving recorded a
   * payment of 500. Amounts beyond the REST API's range are refused, never truncated.
   */
  @Test
  void anAmountBeyondTheRestApisRangeIsRefusedNotTruncated() {
    List<JsonNode> amounts =
        List.of(
            JSON.getNodeFactory().numberNode(new BigInteger("18446744073709552116")),
            JSON.getNodeFactory().numberNode(new BigInteger("18446744073709552000")),
            JSON.getNodeFactory().numberNode(9007199254740993L),
            JSON.getNodeFactory().numberNode(1.8446744073709552E19),
            JSON.getNodeFactory().numberNode(100_000_000_000L));
    for (JsonNode amount : amounts) {
      ObjectNode params =
          RequestPayParams.naverPay("order-huge", 0, true, "https://shop.example/return");
      params.set("amount", amount);

      JsonNode reply = requestPay(params, true);

      assertThat(reply.get("ok").asBoolean()).as(amount.toString()).isFalse();
      assertThat(reply.at("/response/error_code").asText())
          .isEqualTo(PreValidation.AMOUNT_NOT_NUMBER);
      assertThat(reply.at("/response/error_msg").asText()).contains("99999999999");
    }
    assertThat(ledger().paymentsFor("order-huge")).isEmpty();
  }

  @Test
  void theLargestAmountTheRestApiTakesStillOpensTheWindow() {
    ObjectNode params =
        RequestPayParams.naverPay("order-max", 99_999_999_999L, true, "https://shop.example/r");

    assertThat(requestPay(params, true).get("ok").asBoolean()).isTrue();
    assertThat(ledger().paymentsFor("order-max").get(0).amount()).isEqualTo(99_999_999_999L);
  }
}
