package dev.preflight.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.client.ArmFault;
import dev.preflight.client.ArmOutcome;
import dev.preflight.client.PaymentSeed;
import dev.preflight.simulator.ledger.NaverPayFailure;
import dev.preflight.simulator.ledger.PaymentStatus;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import dev.preflight.web.Html;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference merchant when i'mport fails it, over plain HTTP with control-API faults: a lookup
 * that gets no answer never makes an order paid, and the buyer hears that confirmation is delayed;
 * the order is confirmed once a lookup answers. A failed cancel is never reported as done, and a
 * failed scheduled charge shows on the subscription's page. The one defect trusts the browser.
 */
class ResilientMerchantTest {
  private static final long DAY = 24L * 60 * 60;
  private static final Pattern MERCHANT_UID = Pattern.compile("\"merchant_uid\":\"([^\"]+)\"");

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private ReferenceMerchant merchant;
  private MerchantRestClient shop;

  /** An order at checkout, and the payment the buyer made for it in the window. */
  private record Paid(String merchantUid, String impUid) {}

  private void open(Defect... defects) {
    merchant =
        new ReferenceMerchant(MerchantSettings.against(sim.baseUrl(), List.of(defects))).start();
    shop = new MerchantRestClient(merchant.baseUrl());
  }

  @AfterEach
  void closeShop() {
    if (merchant != null) {
      merchant.close();
    }
  }

  private Paid paidInTheWindow() {
    Matcher uid = MERCHANT_UID.matcher(shop.get("/checkout?items=BOOK-1:1").body());
    assertThat(uid.find()).isTrue();
    return new Paid(uid.group(1), sim.seedPayment(uid.group(1), 14000, "paid"));
  }

  /** What the popup callback does: ask the shop's server to confirm. */
  private JsonNode confirm(Paid paid) {
    return shop.postJson(
            "/payments/complete",
            Map.of("imp_uid", paid.impUid(), "merchant_uid", paid.merchantUid()))
        .json();
  }

  private void fail(String fault, int times) {
    sim.control().arm(ArmFault.named(fault).times(times));
  }

  /** The order's status label in the buyer's order list, which never looks anything up. */
  private String listedStatus(String merchantUid) {
    Matcher row =
        Pattern.compile(
                "data-order=\""
                    + Pattern.quote(merchantUid)
                    + "\">.*?data-field=\"status\">([^<]*)<")
            .matcher(shop.get("/orders").body());
    return row.find() ? row.group(1) : "not listed";
  }

  private String orderPageStatus(String merchantUid) {
    Matcher status =
        Pattern.compile("id=\"order-status\"[^>]*data-status=\"([^\"]+)\"")
            .matcher(shop.get("/orders/" + merchantUid).body());
    return status.find() ? status.group(1) : "no status";
  }

  private PaymentStatus gatewayStatus(String merchantUid) {
    return sim.simulator()
        .accounts()
        .defaultAccount()
        .ledger()
        .paymentsFor(merchantUid)
        .get(0)
        .status();
  }

  // The JDK client behind the shop sends a GET again once when the connection drops before any
  // answer, so the socket faults are armed twice to fail one lookup.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "payment-lookup-500, 1",
    "payment-lookup-reset, 2",
    "payment-lookup-empty, 2",
    "payment-lookup-empty-body, 1",
    "payment-lookup-malformed, 1"
  })
  void aLookupWithoutAnAnswerLeavesTheOrderUnconfirmedAndSaysSo(String fault, int times) {
    open();
    Paid paid = paidInTheWindow();
    fail(fault, times);

    JsonNode answer = confirm(paid);

    assertThat(answer.get("ok").asBoolean()).isFalse();
    assertThat(answer.get("message").asText()).isEqualTo(PaymentCheck.CONFIRMATION_DELAYED);
    assertThat(listedStatus(paid.merchantUid())).isEqualTo("결제 확인 중");
    // The gateway answers again: the order page looks it up and confirms it.
    assertThat(orderPageStatus(paid.merchantUid())).isEqualTo("paid");
    assertThat(listedStatus(paid.merchantUid())).isEqualTo("결제 완료");
  }

  @Test
  void aLookupThatHangsIsAbandonedAfterTheShopsTimeout() {
    open();
    Paid paid = paidInTheWindow();
    fail("payment-lookup-timeout", 1);

    long started = System.nanoTime();
    JsonNode answer = confirm(paid);
    long took = (System.nanoTime() - started) / 1_000_000;

    assertThat(took)
        .isBetween(IamportApi.TIMEOUT.toMillis(), IamportApi.TIMEOUT.toMillis() + 3_000);
    assertThat(answer.get("ok").asBoolean()).isFalse();
    assertThat(answer.get("message").asText()).isEqualTo(PaymentCheck.CONFIRMATION_DELAYED);
    assertThat(listedStatus(paid.merchantUid())).isEqualTo("결제 확인 중");
  }

  @Test
  void theRedirectPageSaysConfirmationIsDelayed() {
    open();
    Paid paid = paidInTheWindow();
    fail("payment-lookup-500", 1);

    HttpReply page =
        shop.get(
            "/payments/complete?imp_uid="
                + paid.impUid()
                + "&merchant_uid="
                + paid.merchantUid()
                + "&imp_success=true");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<p id=\"result\" role=\"status\">" + PaymentCheck.CONFIRMATION_DELAYED + "</p>");
    assertThat(listedStatus(paid.merchantUid())).isEqualTo("결제 확인 중");
  }

  @Test
  void theWebhookConfirmsAnUnconfirmedOrder() {
    open();
    Paid paid = paidInTheWindow();
    fail("payment-lookup-500", 1);
    confirm(paid);

    HttpReply notified =
        shop.postJson(
            "/iamport/webhook",
            Map.of("imp_uid", paid.impUid(), "merchant_uid", paid.merchantUid(), "status", "paid"));

    assertThat(notified.status()).isEqualTo(200);
    assertThat(listedStatus(paid.merchantUid())).isEqualTo("결제 완료");
  }

  @Test
  void aLookupThatFindsNoPaymentIsAnAnswerNotADelay() {
    open();
    Paid paid = paidInTheWindow();
    fail("payment-lookup-404", 1);

    JsonNode answer = confirm(paid);

    assertThat(answer.get("ok").asBoolean()).isFalse();
    assertThat(answer.get("message").asText()).isNotEqualTo(PaymentCheck.CONFIRMATION_DELAYED);
    assertThat(orderPageStatus(paid.merchantUid())).isEqualTo("pending");
  }

  @Test
  void theDefectTrustsTheBrowserWhenTheLookupFails() {
    open(Defect.TRUSTS_BROWSER_ON_LOOKUP_FAILURE);
    Paid paid = paidInTheWindow();
    fail("payment-lookup-500", 1);

    JsonNode answer = confirm(paid);

    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(answer.get("next").asText()).isEqualTo("/orders/" + paid.merchantUid());
    assertThat(listedStatus(paid.merchantUid())).isEqualTo("결제 완료");
  }

  @Test
  void theDefectStillChecksWhenTheLookupAnswers() {
    open(Defect.TRUSTS_BROWSER_ON_LOOKUP_FAILURE);
    Paid paid = paidInTheWindow();
    fail("payment-lookup-404", 1);

    assertThat(confirm(paid).get("ok").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cancel-500|취소 요청의 결과를 확인하지 못했습니다. 잠시 후 주문 내역에서 취소 여부를 확인해주세요.",
        "cancel-already-cancelled|취소하지 못했습니다: 이미 전액취소된 주문입니다.",
        "cancel-not-found|취소하지 못했습니다: 취소할 결제건이 존재하지 않습니다."
      })
  void aFailedCancelIsNeverReportedAsDone(String fault, String notice) {
    open();
    Paid paid = paidInTheWindow();
    assertThat(confirm(paid).get("ok").asBoolean()).isTrue();
    fail(fault, 1);

    HttpReply cancelled = shop.postForm("/orders/" + paid.merchantUid() + "/cancel", "");

    assertThat(cancelled.status()).isEqualTo(302);
    String location = cancelled.header("Location");
    assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8))
        .isEqualTo("/orders?msg=" + notice);
    assertThat(listedStatus(paid.merchantUid())).isEqualTo("결제 완료");
    assertThat(gatewayStatus(paid.merchantUid())).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void aFailedScheduledChargeShowsOnTheSubscriptionPage() {
    open();
    String customerUid = "customer-resilience-1";
    sim.seedBillingKey(null, customerUid);
    String impUid =
        sim.control()
            .seedPayment(PaymentSeed.paid("subscribe-1", 9900).withCustomerUid(customerUid))
            .impUid();
    assertThat(
            shop.postJson("/subscription/complete", Map.of("imp_uid", impUid))
                .json()
                .get("ok")
                .asBoolean())
        .isTrue();
    sim.control().arm(ArmOutcome.named("limit_exceeded").forCustomer(customerUid));

    sim.control().advanceClock(Duration.ofSeconds(31 * DAY));

    String reason = NaverPayFailure.LIMIT_EXCEEDED.message(Tenant.defaultTenant());
    String page =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> shop.get("/subscription/status?customer_uid=" + customerUid).body(),
                body -> body.contains("charge-failed"));
    assertThat(page)
        .contains(
            "role=\"alert\" data-failed-charge=\""
                + customerUid
                + "-2\">정기결제에 실패했습니다 ("
                + customerUid
                + "-2): "
                + Html.escape(reason));
  }
}
