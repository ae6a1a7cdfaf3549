package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.client.ArmOutcome;
import dev.preflight.simulator.iamport.Messages;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Ledger;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The billing-key API under {@code /subscribe/}, over real HTTP, on the default tenant. */
class SubscribeApiTest {
  /** 2030-01-01T00:00:00Z: far from real time, so a timestamp from the real clock stands out. */
  private static final long T0 = 1_893_456_000L;

  private static final String CUSTOMER = "customer_1";

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private String[] auth;
  private long now;

  @BeforeEach
  void setClockAndToken() {
    sim.control().setClock(Instant.ofEpochSecond(T0));
    now = sim.control().clock().now();
    auth = MerchantRestClient.bearer(sim.client().defaultToken());
  }

  // --- POST /subscribe/payments/again ---

  @Test
  void againWithJsonChargesTheBillingKeyAsAnApiPayment() {
    // GIVEN a customer with a billing key
    sim.seedBillingKey(null, CUSTOMER);

    // WHEN the merchant charges it with a JSON body
    HttpReply reply = post("/subscribe/payments/again", again(CUSTOMER, "order_1", 14_000));

    // THEN a paid API payment stamped by the simulator clock comes back
    assertThat(reply).succeeded();
    JsonNode payment = reply.response();
    assertIsPaidApiCharge(payment, "order_1", 14_000);
  }

  @Test
  void againWithFormChargesTheBillingKeyAsAnApiPayment() {
    // GIVEN a customer with a billing key
    sim.seedBillingKey(null, CUSTOMER);

    // WHEN the merchant charges it with a form body, amount as text and bracketed extra
    HttpReply reply =
        form(
            "/subscribe/payments/again",
            "customer_uid",
            CUSTOMER,
            "merchant_uid",
            "order_form",
            "amount",
            "9900",
            "name",
            "정기구독 1개월",
            "extra[naverUseCfm]",
            "20301231");

    // THEN it is charged just like the JSON request
    assertThat(reply).succeeded();
    assertIsPaidApiCharge(reply.response(), "order_form", 9_900);
    assertThat(reply.response().get("name").asText()).isEqualTo("정기구독 1개월");
  }

  private void assertIsPaidApiCharge(JsonNode payment, String merchantUid, long amount) {
    assertThat(payment.get("imp_uid").asText()).matches("imps_\\d{12}");
    assertThat(payment.get("merchant_uid").asText()).isEqualTo(merchantUid);
    assertThat(payment.get("status").asText()).isEqualTo("paid");
    assertThat(payment.get("amount").asLong()).isEqualTo(amount);
    assertThat(payment.get("channel").asText()).isEqualTo("api");
    assertThat(payment.get("customer_uid").asText()).isEqualTo(CUSTOMER);
    assertThat(payment.get("customer_uid_usage").asText()).isEqualTo("payment");
    assertThat(payment.get("paid_at").isIntegralNumber()).isTrue();
    assertThat(payment.get("paid_at").asLong()).isBetween(now, now + 5);
    assertThat(payment.get("started_at").asLong()).isBetween(now, now + 5);
    assertThat(payment.get("failed_at").asLong()).isZero();
  }

  @Test
  void againForAnUnknownCustomerIsRefused() {
    // GIVEN no billing key for the customer
    String before = sim.ledgerFingerprint();

    // WHEN the merchant charges it
    HttpReply reply = post("/subscribe/payments/again", again("nobody", "order_1", 1_000));

    // THEN the gateway's business refusal comes back and nothing is recorded
    assertThat(reply).refused(200, -1, "등록되지 않은 구매자입니다.");
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
  }

  @Test
  void againWithAReusedMerchantUidIsRefusedAndCreatesNoSecondPayment() {
    // GIVEN a merchant_uid already charged once
    sim.seedBillingKey(null, CUSTOMER);
    assertThat(post("/subscribe/payments/again", again(CUSTOMER, "order_1", 1_000))).succeeded();
    String before = sim.ledgerFingerprint();

    // WHEN the merchant charges the same merchant_uid again
    HttpReply reply = post("/subscribe/payments/again", again(CUSTOMER, "order_1", 1_000));

    // THEN it is refused and the merchant_uid still has exactly one payment
    assertThat(reply).refused(200, 1, "이미 결제가 이루어진 거래건입니다.");
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
    HttpReply all = get("/payments/findAll/order_1");
    assertThat(all).succeeded();
    assertThat(all.response().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void againWithAnArmedFailureAnswersCodeZeroWithAFailedPayment() {
    // GIVEN a failure armed for the customer
    sim.seedBillingKey(null, CUSTOMER);
    armFailureFor(CUSTOMER, "잔액이 부족합니다. (테스트)");

    // WHEN the merchant charges the billing key
    HttpReply reply = post("/subscribe/payments/again", again(CUSTOMER, "order_1", 5_000));

    // THEN the call itself succeeds and the payment it reports has failed, with the reason
    assertThat(reply).succeeded();
    JsonNode payment = reply.response();
    assertThat(payment.get("status").asText()).isEqualTo("failed");
    assertThat(payment.get("fail_reason").asText()).isEqualTo("잔액이 부족합니다. (테스트)");
    assertThat(payment.get("imp_uid").asText()).startsWith("imps_");
    assertThat(payment.get("failed_at").asLong()).isBetween(now, now + 5);
    assertThat(payment.get("paid_at").asLong()).isZero();
  }

  @Test
  void againWithAnAmountDifferentFromThePreparedOneIsRefused() {
    // GIVEN 10,000 won prepared for the merchant_uid
    sim.seedBillingKey(null, CUSTOMER);
    assertThat(post("/payments/prepare", Map.of("merchant_uid", "order_1", "amount", 10_000)))
        .succeeded();
    String before = sim.ledgerFingerprint();

    // WHEN the merchant charges 1,000 won for it
    HttpReply reply = post("/subscribe/payments/again", again(CUSTOMER, "order_1", 1_000));

    // THEN the charge is refused and nothing is recorded
    assertThat(reply).refused(200, 1, Messages.PREPARED_AMOUNT_MISMATCH);
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
  }

  @Test
  void againWithThePreparedAmountIsCharged() {
    // GIVEN 10,000 won prepared for the merchant_uid
    sim.seedBillingKey(null, CUSTOMER);
    post("/payments/prepare", Map.of("merchant_uid", "order_1", "amount", 10_000));

    // WHEN the merchant charges exactly that
    HttpReply reply = post("/subscribe/payments/again", again(CUSTOMER, "order_1", 10_000));

    // THEN it is paid
    assertThat(reply).succeeded();
    assertThat(reply.response().get("status").asText()).isEqualTo("paid");
  }

  // --- POST /subscribe/payments/schedule ---

  @Test
  void scheduleWithJsonBooksScheduleResults() {
    // GIVEN a customer with a billing key
    sim.seedBillingKey(null, CUSTOMER);

    // WHEN the merchant books two charges with a JSON body
    HttpReply reply =
        schedule(CUSTOMER, entry("sub_1", now + 3_600, 9_900), entry("sub_2", now + 7_200, 19_900));

    // THEN both come back as pending ScheduleResults
    assertThat(reply).succeeded();
    List<JsonNode> results = elements(reply.response());
    assertThat(results).hasSize(2);
    assertIsPending(results.get(0), "sub_1", now + 3_600, 9_900);
    assertIsPending(results.get(1), "sub_2", now + 7_200, 19_900);
  }

  @Test
  void scheduleWithFormBracketNotationBooksScheduleResults() {
    // GIVEN a customer with a billing key
    sim.seedBillingKey(null, CUSTOMER);
    long at = now + 3_600;

    // WHEN the merchant books a charge the way the Naver Pay guide shows, brackets unencoded
    HttpReply reply =
        sim.client()
            .postForm(
                "/subscribe/payments/schedule",
                "customer_uid="
                    + CUSTOMER
                    + "&schedules[0][merchant_uid]=sub_form"
                    + "&schedules[0][schedule_at]="
                    + at
                    + "&schedules[0][amount]=9900"
                    + "&schedules[0][extra][naverUseCfm]=20261231",
                auth);

    // THEN it is booked, with the numbers read from text and the nested extra kept
    assertThat(reply).succeeded();
    List<JsonNode> results = elements(reply.response());
    assertThat(results).hasSize(1);
    assertIsPending(results.get(0), "sub_form", at, 9_900);
    assertThat(ledger().schedule("sub_form").orElseThrow().naverUseCfm()).isEqualTo("20261231");
  }

  private static void assertIsPending(
      JsonNode result, String merchantUid, long scheduleAt, long amount) {
    assertThat(result.get("customer_uid").isTextual()).isTrue();
    assertThat(result.get("customer_uid").asText()).isEqualTo(CUSTOMER);
    assertThat(result.get("merchant_uid").isTextual()).isTrue();
    assertThat(result.get("merchant_uid").asText()).isEqualTo(merchantUid);
    assertThat(result.get("schedule_at").isIntegralNumber()).isTrue();
    assertThat(result.get("schedule_at").asLong()).isEqualTo(scheduleAt);
    assertThat(result.get("amount").isNumber()).isTrue();
    assertThat(result.get("amount").asLong()).isEqualTo(amount);
    assertThat(result.get("schedule_status").asText()).isEqualTo("scheduled");
    assertThat(result.has("payment_status")).isTrue();
    assertThat(result.get("payment_status").isNull()).isTrue();
    assertThat(result.has("imp_uid")).isTrue();
    assertThat(result.get("imp_uid").isNull()).isTrue();
  }

  @Test
  void scheduleForAnUnknownCustomerIsRefused() {
    // GIVEN no billing key for the customer
    String before = sim.ledgerFingerprint();

    // WHEN the merchant books a charge for it
    HttpReply reply = schedule("nobody", entry("sub_1", now + 3_600, 9_900));

    // THEN it is refused with code 1 and nothing is booked
    assertThat(reply).refusedMentioning(200, "등록된 고객정보가 없습니다.").hasCode(1);
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
  }

  @Test
  void scheduleInThePastIsRefused() {
    // GIVEN a customer with a billing key
    sim.seedBillingKey(null, CUSTOMER);
    String before = sim.ledgerFingerprint();

    // WHEN the merchant books a charge an hour ago
    HttpReply reply = schedule(CUSTOMER, entry("sub_1", now - 3_600, 9_900));

    // THEN it is refused and nothing is booked
    assertThat(reply).refused(200, 1, Messages.SCHEDULE_IN_PAST);
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
  }

  @Test
  void scheduleWithADuplicateMerchantUidInOneCallBooksNothing() {
    // GIVEN a customer with a billing key
    sim.seedBillingKey(null, CUSTOMER);
    String before = sim.ledgerFingerprint();

    // WHEN one call books a fresh merchant_uid and then the same one twice
    HttpReply reply =
        schedule(
            CUSTOMER,
            entry("sub_ok", now + 1_000, 1_000),
            entry("sub_dup", now + 2_000, 1_000),
            entry("sub_dup", now + 3_000, 1_000));

    // THEN the whole call is refused, including the valid first entry
    assertThat(reply).refused(200, 1, "이미 결제가 이루어진 거래건입니다.");
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
    assertThat(get("/subscribe/payments/schedule/sub_ok").status()).isEqualTo(404);
  }

  @Test
  void scheduleWithTheMerchantUidOfAnExistingPaymentBooksNothing() {
    // GIVEN a merchant_uid that already has a payment
    sim.seedBillingKey(null, CUSTOMER);
    sim.seedPayment("order_paid", 1_000, "paid");
    String before = sim.ledgerFingerprint();

    // WHEN one call books a fresh merchant_uid and the paid one
    HttpReply reply =
        schedule(
            CUSTOMER, entry("sub_ok", now + 1_000, 1_000), entry("order_paid", now + 2_000, 1_000));

    // THEN the whole call is refused
    assertThat(reply).refused(200, 1, "이미 결제가 이루어진 거래건입니다.");
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
    assertThat(get("/subscribe/payments/schedule/sub_ok").status()).isEqualTo(404);
  }

  // --- GET /subscribe/payments/schedule/… ---

  @Test
  void scheduleIsFoundByMerchantUid() {
    // GIVEN a booked schedule
    sim.seedBillingKey(null, CUSTOMER);
    schedule(CUSTOMER, entry("sub_1", now + 3_600, 9_900));

    // WHEN the merchant looks it up
    HttpReply reply = get("/subscribe/payments/schedule/sub_1");

    // THEN it is the pending ScheduleResult
    assertThat(reply).succeeded();
    assertIsPending(reply.response(), "sub_1", now + 3_600, 9_900);
  }

  @Test
  void unknownScheduleIsNotFound() {
    // WHEN the merchant looks up a merchant_uid that was never booked
    HttpReply reply = get("/subscribe/payments/schedule/never_booked");

    // THEN the answer is a 404 envelope
    assertThat(reply).refused(404, -1, String.format(Messages.SCHEDULE_NOT_FOUND, "never_booked"));
  }

  @Test
  void schedulesOfACustomerComeAsAPagedObject() {
    // GIVEN five schedules for the customer, booked out of order, and one for someone else
    bookFive();
    sim.seedBillingKey(null, "someone_else");
    schedule("someone_else", entry("other_1", now + 150, 1_000));

    // WHEN the merchant lists the customer's schedules
    HttpReply reply = get("/subscribe/payments/schedule/customers/" + CUSTOMER);

    // THEN the answer is {total, previous, next, list}, not a bare array, in schedule_at order
    assertThat(reply).succeeded();
    JsonNode page = reply.response();
    assertThat(page.isObject()).isTrue();
    assertThat(page.get("total").asInt()).isEqualTo(5);
    assertThat(page.get("previous").asInt()).isZero();
    assertThat(page.get("next").asInt()).isZero();
    assertThat(merchantUids(page.get("list")))
        .containsExactly("sub_100", "sub_200", "sub_300", "sub_400", "sub_500");
  }

  @Test
  void schedulesOfACustomerArePagedByPageAndLimit() {
    // GIVEN five schedules for the customer
    bookFive();

    // WHEN the merchant asks for the second page of two
    HttpReply reply = get("/subscribe/payments/schedule/customers/" + CUSTOMER + "?page=2&limit=2");

    // THEN it gets the third and fourth, with links to pages 1 and 3
    assertThat(reply).succeeded();
    JsonNode page = reply.response();
    assertThat(page.get("total").asInt()).isEqualTo(5);
    assertThat(page.get("previous").asInt()).isEqualTo(1);
    assertThat(page.get("next").asInt()).isEqualTo(3);
    assertThat(merchantUids(page.get("list"))).containsExactly("sub_300", "sub_400");
  }

  @Test
  void schedulesOfACustomerAreFilteredByFromAndTo() {
    // GIVEN five schedules for the customer
    bookFive();
    String window = "from=" + (now + 200) + "&to=" + (now + 400);

    // WHEN the merchant filters by the OAS/Node names from and to
    HttpReply reply = get("/subscribe/payments/schedule/customers/" + CUSTOMER + "?" + window);

    // THEN only the schedules inside the window come back, bounds included
    assertThat(reply).succeeded();
    assertThat(reply.response().get("total").asInt()).isEqualTo(3);
    assertThat(merchantUids(reply.response().get("list")))
        .containsExactly("sub_200", "sub_300", "sub_400");
  }

  @Test
  void schedulesOfACustomerAreFilteredByScheduleFromAndScheduleTo() {
    // GIVEN five schedules for the customer
    bookFive();
    String window = "schedule_from=" + (now + 200) + "&schedule_to=" + (now + 400);

    // WHEN the merchant filters by the Java client's names schedule_from and schedule_to
    HttpReply reply = get("/subscribe/payments/schedule/customers/" + CUSTOMER + "?" + window);

    // THEN the same window applies
    assertThat(reply).succeeded();
    assertThat(merchantUids(reply.response().get("list")))
        .containsExactly("sub_200", "sub_300", "sub_400");
  }

  @Test
  void schedulesOfACustomerAreFilteredByScheduleStatus() {
    // GIVEN five schedules for the customer, one of them revoked
    bookFive();
    assertThat(
            post(
                "/subscribe/payments/unschedule",
                Map.of("customer_uid", CUSTOMER, "merchant_uid", "sub_300")))
        .succeeded();
    String path = "/subscribe/payments/schedule/customers/" + CUSTOMER;

    // WHEN the merchant filters by schedule_status (Java) and by schedule-status (OAS/Node)
    HttpReply revoked = get(path + "?schedule_status=revoked");
    HttpReply scheduled = get(path + "?schedule-status=scheduled");

    // THEN each spelling filters by the status
    assertThat(revoked).succeeded();
    assertThat(merchantUids(revoked.response().get("list"))).containsExactly("sub_300");
    assertThat(scheduled).succeeded();
    assertThat(merchantUids(scheduled.response().get("list")))
        .containsExactly("sub_100", "sub_200", "sub_400", "sub_500");
  }

  /** Five schedules of {@link #CUSTOMER} at now + 100 … 500 seconds, booked out of order. */
  private void bookFive() {
    sim.seedBillingKey(null, CUSTOMER);
    HttpReply reply =
        schedule(
            CUSTOMER,
            entry("sub_300", now + 300, 3_000),
            entry("sub_100", now + 100, 1_000),
            entry("sub_500", now + 500, 5_000),
            entry("sub_200", now + 200, 2_000),
            entry("sub_400", now + 400, 4_000));
    assertThat(reply).succeeded();
  }

  // --- POST /subscribe/payments/unschedule ---

  @Test
  void unscheduleWithMerchantUidAsAStringRevokesThatSchedule() {
    // GIVEN two schedules
    bookTwo();

    // WHEN the merchant revokes one, merchant_uid as a string (the Python client)
    HttpReply reply =
        post(
            "/subscribe/payments/unschedule",
            Map.of("customer_uid", CUSTOMER, "merchant_uid", "sub_1"));

    // THEN only that one is revoked
    assertThat(reply).succeeded();
    assertIsRevoked(reply.response(), "sub_1");
    assertStatus("sub_2", "scheduled");
  }

  @Test
  void unscheduleWithMerchantUidAsAJsonArrayRevokesThoseSchedules() {
    // GIVEN two schedules
    bookTwo();

    // WHEN the merchant revokes both, merchant_uid as an array (the Java client)
    HttpReply reply =
        post(
            "/subscribe/payments/unschedule",
            Map.of("customer_uid", CUSTOMER, "merchant_uid", List.of("sub_1", "sub_2")));

    // THEN both are revoked
    assertThat(reply).succeeded();
    assertIsRevoked(reply.response(), "sub_1", "sub_2");
  }

  @Test
  void unscheduleWithMerchantUidAsAFormArrayRevokesThoseSchedules() {
    // GIVEN two schedules
    bookTwo();

    // WHEN the merchant revokes one with merchant_uid[]= in a form
    HttpReply reply =
        sim.client()
            .postForm(
                "/subscribe/payments/unschedule",
                "customer_uid=" + CUSTOMER + "&merchant_uid[]=sub_2",
                auth);

    // THEN only that one is revoked
    assertThat(reply).succeeded();
    assertIsRevoked(reply.response(), "sub_2");
    assertStatus("sub_1", "scheduled");
  }

  @Test
  void unscheduleWithoutMerchantUidRevokesAllOfTheCustomersSchedules() {
    // GIVEN two schedules
    bookTwo();

    // WHEN the merchant names only the customer
    HttpReply reply = post("/subscribe/payments/unschedule", Map.of("customer_uid", CUSTOMER));

    // THEN every pending schedule of the customer is revoked
    assertThat(reply).succeeded();
    assertIsRevoked(reply.response(), "sub_1", "sub_2");
  }

  @Test
  void unscheduleWhenNothingMatchesIsRefused() {
    // GIVEN two schedules
    bookTwo();
    String before = sim.ledgerFingerprint();

    // WHEN the merchant revokes a merchant_uid that was never booked
    HttpReply reply =
        post(
            "/subscribe/payments/unschedule",
            Map.of("customer_uid", CUSTOMER, "merchant_uid", "never_booked"));

    // THEN the gateway's refusal comes back and nothing changes
    assertThat(reply).refused(200, 1, "취소할 예약결제 기록이 존재하지 않습니다.");
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
  }

  private void bookTwo() {
    sim.seedBillingKey(null, CUSTOMER);
    assertThat(
            schedule(
                CUSTOMER, entry("sub_1", now + 3_600, 9_900), entry("sub_2", now + 7_200, 9_900)))
        .succeeded();
  }

  private void assertIsRevoked(JsonNode results, String... merchantUids) {
    assertThat(merchantUids(results)).containsExactly(merchantUids);
    for (JsonNode result : results) {
      assertThat(result.get("schedule_status").asText()).isEqualTo("revoked");
      assertThat(result.get("revoked_at").asLong()).isBetween(now, now + 5);
      assertStatus(result.get("merchant_uid").asText(), "revoked");
    }
  }

  private void assertStatus(String merchantUid, String scheduleStatus) {
    HttpReply reply = get("/subscribe/payments/schedule/" + merchantUid);
    assertThat(reply).succeeded();
    assertThat(reply.response().get("schedule_status").asText()).isEqualTo(scheduleStatus);
  }

  // --- /subscribe/customers ---

  @Test
  void customerIsFoundByCustomerUid() {
    // GIVEN a billing key
    sim.seedBillingKey(null, CUSTOMER);

    // WHEN the merchant looks it up
    HttpReply reply = get("/subscribe/customers/" + CUSTOMER);

    // THEN the Customer comes back
    assertThat(reply).succeeded();
    assertThat(reply.response().get("customer_uid").asText()).isEqualTo(CUSTOMER);
    assertThat(reply.response().get("customer_name").asText()).isEqualTo("김구매");
    assertThat(reply.response().get("pg_provider").asText()).isEqualTo("naverpay");
  }

  @Test
  void deleteCustomerWithReasonAndRequesterInTheQueryIsJournaled() {
    // GIVEN a billing key
    sim.seedBillingKey(null, CUSTOMER);
    String reason = URLEncoder.encode("구독 해지 요청", StandardCharsets.UTF_8);

    // WHEN the merchant deletes it as the Naver Pay guide asks
    HttpReply reply =
        sim.client()
            .delete(
                "/subscribe/customers/"
                    + CUSTOMER
                    + "?reason="
                    + reason
                    + "&extra[requester]=customer",
                auth);

    // THEN it is deleted, and the journal keeps both parameters for the inspection
    assertThat(reply).succeeded();
    assertThat(reply.response().get("customer_uid").asText()).isEqualTo(CUSTOMER);
    assertThat(get("/subscribe/customers/" + CUSTOMER).status()).isEqualTo(404);
    JsonNode params = deleteEntry().params();
    assertThat(params.get("reason").asText()).isEqualTo("구독 해지 요청");
    assertThat(params.get("extra").get("requester").asText()).isEqualTo("customer");
  }

  @Test
  void deleteCustomerWithoutReasonOrRequesterAlsoSucceeds() {
    // GIVEN a billing key
    sim.seedBillingKey(null, CUSTOMER);

    // WHEN the merchant deletes it without reason or extra[requester]
    HttpReply reply = sim.client().delete("/subscribe/customers/" + CUSTOMER, auth);

    // THEN the simulator deletes it (judging is the inspection's job) and records what was sent
    assertThat(reply).succeeded();
    assertThat(get("/subscribe/customers/" + CUSTOMER).status()).isEqualTo(404);
    JsonNode params = deleteEntry().params();
    assertThat(params.has("reason")).isFalse();
    assertThat(params.has("extra")).isFalse();
  }

  private JournalEntry deleteEntry() {
    List<JournalEntry> journal = sim.control().journal();
    return journal.stream()
        .filter(e -> e.isRest("DELETE", "/subscribe/customers/" + CUSTOMER))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no DELETE in the journal: " + journal));
  }

  @Test
  void unknownCustomerIsNotFoundForGetAndDelete() {
    // WHEN the merchant reads and deletes a customer_uid that has no billing key
    HttpReply read = get("/subscribe/customers/X");
    HttpReply deleted = sim.client().delete("/subscribe/customers/X", auth);

    // THEN both are 404 envelopes naming the customer_uid
    assertThat(read).refused(404, -1, "요청하신 customer_uid(X)로 등록된 정보를 찾을 수 없습니다.");
    assertThat(deleted).refused(404, -1, "요청하신 customer_uid(X)로 등록된 정보를 찾을 수 없습니다.");
  }

  @Test
  void customersAreListedWith200WhenAllAreFound() {
    // GIVEN two billing keys
    sim.seedBillingKey(null, "a");
    sim.seedBillingKey(null, "b");

    // WHEN the merchant asks for both
    HttpReply reply = get("/subscribe/customers?customer_uid[]=a&customer_uid[]=b");

    // THEN both come back with 200
    assertThat(reply).succeeded();
    assertThat(customerUids(reply.response())).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void customersAreListedWith207WhenSomeAreMissing() {
    // GIVEN one billing key
    sim.seedBillingKey(null, "a");

    // WHEN the merchant asks for it and for an unknown one
    HttpReply reply = get("/subscribe/customers?customer_uid[]=a&customer_uid[]=missing");

    // THEN only the found one comes back, with 207
    assertThat(reply).hasStatus(207).hasCode(0);
    assertThat(customerUids(reply.response())).containsExactly("a");
  }

  @Test
  void customersAreNotFoundWhenNoneExist() {
    // WHEN the merchant asks for two unknown customers
    HttpReply reply = get("/subscribe/customers?customer_uid[]=x&customer_uid[]=y");

    // THEN the answer is a 404 envelope
    assertThat(reply).hasStatus(404).hasCode(-1);
    assertThat(reply.response().isNull()).isTrue();
  }

  // --- POST /subscribe/payments/onetime ---

  @Test
  void onetimeIsRefusedBecauseTheAccountHasNoCardBillingModule() {
    // WHEN the merchant tries a non-authenticated card charge
    HttpReply reply =
        post(
            "/subscribe/payments/onetime",
            Map.of(
                "merchant_uid",
                "order_1",
                "amount",
                1_000,
                "card_number",
                "1234-1234-1234-1234",
                "expiry",
                "2030-12"));

    // THEN the gateway says the account has no such module
    assertThat(reply).refused(200, 1, "비인증결제모듈 사용정보를 찾을 수 없습니다.");
  }

  // --- helpers ---

  private HttpReply post(String path, Object body) {
    return sim.client().postJson(path, body, auth);
  }

  private HttpReply get(String path) {
    return sim.client().get(path, auth);
  }

  /** A form body from name/value pairs, each URL-encoded as a browser or PHP would. */
  private HttpReply form(String path, String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return sim.client().postForm(path, body.toString(), auth);
  }

  private static Map<String, Object> again(String customerUid, String merchantUid, long amount) {
    return Map.of(
        "customer_uid", customerUid, "merchant_uid", merchantUid, "amount", amount, "name", "정기구독");
  }

  private static Map<String, Object> entry(String merchantUid, long scheduleAt, long amount) {
    return Map.of(
        "merchant_uid", merchantUid, "schedule_at", scheduleAt, "amount", amount, "name", "정기구독");
  }

  @SafeVarargs
  private HttpReply schedule(String customerUid, Map<String, Object>... entries) {
    return post(
        "/subscribe/payments/schedule",
        Map.of("customer_uid", customerUid, "schedules", List.of(entries)));
  }

  private void armFailureFor(String customerUid, String errorMsg) {
    sim.control().arm(ArmOutcome.fail().forCustomer(customerUid).withError(null, errorMsg));
  }

  private Ledger ledger() {
    return sim.simulator().accounts().defaultAccount().ledger();
  }

  private static List<JsonNode> elements(JsonNode array) {
    assertThat(array.isArray()).as("expected an array: %s", array).isTrue();
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static List<String> merchantUids(JsonNode array) {
    return field(array, "merchant_uid");
  }

  private static List<String> customerUids(JsonNode array) {
    return field(array, "customer_uid");
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new ArrayList<>();
    elements(array).forEach(item -> values.add(item.get(name).asText()));
    return values;
  }
}
