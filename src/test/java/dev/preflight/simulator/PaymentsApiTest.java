package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.simulator.iamport.Messages;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentsApiTest {
  /** Every key of i'mport's PaymentAnnotation, in the gateway's (alphabetical) order. */
  private static final List<String> PAYMENT_KEYS =
      List.of(
          "amount",
          "apply_num",
          "bank_code",
          "bank_name",
          "buyer_addr",
          "buyer_email",
          "buyer_name",
          "buyer_postcode",
          "buyer_tel",
          "cancel_amount",
          "cancel_history",
          "cancel_reason",
          "cancel_receipt_urls",
          "cancelled_at",
          "card_code",
          "card_issuer_code",
          "card_issuer_name",
          "card_name",
          "card_number",
          "card_publisher_code",
          "card_publisher_name",
          "card_quota",
          "card_type",
          "cash_receipt_issued",
          "channel",
          "currency",
          "custom_data",
          "customer_uid",
          "customer_uid_usage",
          "deposit_history",
          "emb_pg_provider",
          "escrow",
          "fail_reason",
          "failed_at",
          "imp_uid",
          "merchant_uid",
          "name",
          "paid_at",
          "pay_method",
          "pg_id",
          "pg_provider",
          "pg_tid",
          "promotion",
          "receipt_url",
          "sandbox",
          "started_at",
          "status",
          "user_agent",
          "vbank_code",
          "vbank_date",
          "vbank_holder",
          "vbank_issued_at",
          "vbank_name",
          "vbank_num");

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private String[] auth;

  @BeforeEach
  void token() {
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
  }

  private HttpReply get(String path) {
    return sim.client().get(path, auth);
  }

  @Test
  void aPaymentCarriesEveryFieldOfThePaymentObject() {
    // Far from real time: a match proves the value comes from the simulator's clock.
    sim.simulator().clock().set(1893456000L);
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
    String impUid = sim.seedPayment("order-1", 14000, "paid");

    HttpReply reply = get("/payments/" + impUid);

    assertThat(reply).succeeded();
    JsonNode payment = reply.response();
    List<String> keys = new ArrayList<>();
    payment.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(PAYMENT_KEYS);
    assertThat(payment.get("imp_uid").asText()).isEqualTo(impUid).matches("imp_\\d{12}");
    assertThat(payment.get("amount").isIntegralNumber()).isTrue();
    assertThat(payment.get("status").asText()).isEqualTo("paid");
    assertThat(payment.get("pg_provider").asText()).isEqualTo("naverpay");
    assertThat(payment.get("paid_at").asLong())
        .isCloseTo(sim.simulator().clock().now(), within(2L));
    assertThat(payment.get("failed_at").asLong()).isZero();
    assertThat(payment.get("cancelled_at").asLong()).isZero();
    assertThat(payment.get("vbank_num").isNull()).isTrue();
    assertThat(payment.get("cancel_history").isArray()).isTrue();
    // As live payments carry it: deposits are for virtual accounts, so always empty here.
    assertThat(payment.get("deposit_history").isArray()).isTrue();
    assertThat(payment.get("deposit_history")).isEmpty();
    assertThat(payment.get("currency").asText()).isEqualTo("KRW");
  }

  @Test
  void anUnknownImpUidIs404WithTheGatewaysMessage() {
    assertThat(get("/payments/imp_000000000000")).refused(404, -1, Messages.PAYMENT_NOT_FOUND);
  }

  @Test
  void severalPaymentsAtOnceAnswer200WhenAllAreFound() {
    String a = sim.seedPayment("order-a", 1000, "paid");
    String b = sim.seedPayment("order-b", 2000, "paid");

    HttpReply brackets = get("/payments?imp_uid[]=" + a + "&imp_uid[]=" + b);
    HttpReply indexed = get("/payments?imp_uid[0]=" + a + "&imp_uid[1]=" + b);
    HttpReply byMerchantUid = get("/payments?merchant_uid[]=order-a&merchant_uid[]=order-b");

    for (HttpReply reply : List.of(brackets, indexed, byMerchantUid)) {
      assertThat(reply).succeeded();
      assertThat(reply.response()).hasSize(2);
    }
  }

  @Test
  void severalPaymentsAnswer207WhenSomeAreMissingAnd404WhenNoneAreFound() {
    String a = sim.seedPayment("order-a", 1000, "paid");

    HttpReply some = get("/payments?imp_uid[]=" + a + "&imp_uid[]=imp_999999999999");
    HttpReply none = get("/payments?imp_uid[]=imp_999999999999");

    assertThat(some).hasStatus(207).hasCode(0);
    assertThat(some.response()).hasSize(1);
    assertThat(none).refused(404, -1, Messages.PAYMENTS_NOT_FOUND);
  }

  @Test
  void findsTheNewestPaymentOfAMerchantUidWithOrWithoutAStatus() {
    sim.seedPayment("order-1", 1000, "failed");
    sim.simulator().clock().advance(60);
    String paid = sim.seedPayment("order-1", 1000, "paid");

    assertThat(get("/payments/find/order-1").response().get("imp_uid").asText()).isEqualTo(paid);
    assertThat(get("/payments/find/order-1/").response().get("imp_uid").asText()).isEqualTo(paid);
    assertThat(get("/payments/find/order-1/failed").response().get("status").asText())
        .isEqualTo("failed");
    assertThat(get("/payments/find/order-1/all").response().get("imp_uid").asText())
        .isEqualTo(paid);
    assertThat(get("/payments/find/order-1/cancelled"))
        .refused(404, -1, Messages.PAYMENT_NOT_FOUND);
    assertThat(get("/payments/find/nothing")).refused(404, -1, Messages.PAYMENT_NOT_FOUND);
    assertThat(get("/payments/find/order-1/bogus")).refused(400, -1, Messages.UNSUPPORTED_STATUS);
  }

  @Test
  void findAllPagesEveryPaymentOfAMerchantUid() {
    for (int i = 0; i < 3; i++) {
      sim.seedPayment("order-1", 1000, "failed");
      sim.simulator().clock().advance(1);
    }

    HttpReply first = get("/payments/findAll/order-1?limit=2");
    HttpReply second = get("/payments/findAll/order-1/failed?limit=2&page=2");

    assertThat(first).succeeded();
    assertThat(first.response().get("total").asInt()).isEqualTo(3);
    assertThat(first.response().get("previous").asInt()).isZero();
    assertThat(first.response().get("next").asInt()).isEqualTo(2);
    assertThat(first.response().get("list")).hasSize(2);
    assertThat(second.response().get("previous").asInt()).isEqualTo(1);
    assertThat(second.response().get("next").asInt()).isZero();
    assertThat(second.response().get("list")).hasSize(1);
    assertThat(get("/payments/findAll/unknown")).refused(404, -1, Messages.PAYMENT_NOT_FOUND);
  }

  @Test
  void listsByStatusWithinATimeWindowInTheRequestedOrder() {
    long start = sim.simulator().clock().now();
    String older = sim.seedPayment("order-1", 1000, "paid");
    sim.simulator().clock().advance(100);
    String newer = sim.seedPayment("order-2", 2000, "paid");
    sim.seedPayment("order-3", 3000, "failed");

    HttpReply newestFirst = get("/payments/status/paid");
    HttpReply oldestFirst = get("/payments/status/paid?sorting=paid");
    HttpReply window = get("/payments/status/paid?from=" + start + "&to=" + (start + 50));
    HttpReply all = get("/payments/status/all");

    assertThat(impUids(newestFirst)).containsExactly(newer, older);
    assertThat(impUids(oldestFirst)).containsExactly(older, newer);
    assertThat(impUids(window)).containsExactly(older);
    assertThat(all.response().get("total").asInt()).isEqualTo(3);
    assertThat(get("/payments/status/bogus")).refused(400, -1, Messages.UNSUPPORTED_STATUS);
  }

  private static List<String> impUids(HttpReply reply) {
    assertThat(reply).succeeded();
    List<String> ids = new ArrayList<>();
    reply.response().get("list").forEach(p -> ids.add(p.get("imp_uid").asText()));
    return ids;
  }
}
