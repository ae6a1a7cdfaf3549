package dev.preflight.simulator;

import static dev.preflight.assertions.EnvelopeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.client.ArmOutcome;
import dev.preflight.simulator.ScheduleRunner.Moved;
import dev.preflight.simulator.ScheduleRunner.Run;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator clock: due schedules run when it moves, and access tokens expire by it. */
class ScheduleClockTest {
  /** 2030-01-01T00:00:00Z: far from real time, so the real clock cannot run anything by itself. */
  private static final long T0 = 1_893_456_000L;

  private static final String CUSTOMER = "customer_1";

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private long now;

  @BeforeEach
  void setClock() {
    now = sim.control().setClock(Instant.ofEpochSecond(T0)).now();
  }

  @Test
  void advancingTheClockRunsDueSchedulesInOrderOfScheduleAt() {
    // GIVEN three schedules booked out of order
    String[] auth = auth();
    sim.seedBillingKey(null, CUSTOMER);
    schedule(
        auth,
        entry("sub_c", now + 300, 3_000),
        entry("sub_a", now + 100, 1_000),
        entry("sub_b", now + 200, 2_000));

    // WHEN the clock moves past all of them
    Moved moved = advanceClock(400);

    // THEN they ran in order of schedule_at, each a scheduled API payment paid at its schedule_at
    List<Run> ran = moved.ran();
    assertThat(ran).extracting(Run::merchantUid).containsExactly("sub_a", "sub_b", "sub_c");
    assertThat(ran).extracting(Run::status).containsOnly("paid");
    long[] offsets = {100, 200, 300};
    for (int i = 0; i < ran.size(); i++) {
      Run run = ran.get(i);
      assertThat(run.scheduleAt()).isEqualTo(now + offsets[i]);
      HttpReply payment = sim.client().get("/payments/" + run.impUid(), auth);
      assertThat(payment).succeeded();
      JsonNode p = payment.response();
      assertThat(p.get("imp_uid").asText()).matches("imps_\\d{12}");
      assertThat(p.get("merchant_uid").asText()).isEqualTo(run.merchantUid());
      assertThat(p.get("status").asText()).isEqualTo("paid");
      assertThat(p.get("customer_uid").asText()).isEqualTo(CUSTOMER);
      assertThat(p.get("customer_uid_usage").asText()).isEqualTo("payment.scheduled");
      assertThat(p.get("paid_at").asLong()).isEqualTo(now + offsets[i]);
    }
  }

  @Test
  void schedulesNotYetDueStayScheduled() {
    // GIVEN one schedule soon and one much later
    String[] auth = auth();
    sim.seedBillingKey(null, CUSTOMER);
    schedule(auth, entry("sub_soon", now + 100, 1_000), entry("sub_later", now + 10_000, 1_000));

    // WHEN the clock moves past only the first
    Moved moved = advanceClock(200);

    // THEN only the first ran; the other is still pending with no payment
    assertThat(moved.ran()).extracting(Run::merchantUid).containsExactly("sub_soon");
    JsonNode later = schedule(auth, "sub_later");
    assertThat(later.get("schedule_status").asText()).isEqualTo("scheduled");
    assertThat(later.get("imp_uid").isNull()).isTrue();
    assertThat(later.get("payment_status").isNull()).isTrue();
    assertThat(schedule(auth, "sub_soon").get("schedule_status").asText()).isEqualTo("executed");
  }

  @Test
  void settingTheClockRunsDueSchedules() {
    // GIVEN a schedule an hour ahead
    String[] auth = auth();
    sim.seedBillingKey(null, CUSTOMER);
    schedule(auth, entry("sub_1", now + 3_600, 1_000));

    // WHEN the clock is set past it
    Moved moved = sim.control().setClock(Instant.ofEpochSecond(now + 7_200));

    // THEN it ran, and the schedule points at its paid payment
    assertThat(moved.now()).isGreaterThanOrEqualTo(now + 7_200);
    List<Run> ran = moved.ran();
    assertThat(ran).hasSize(1);
    // Two hours on, the first token has expired.
    JsonNode executed = schedule(auth(), "sub_1");
    assertThat(executed.get("schedule_status").asText()).isEqualTo("executed");
    assertThat(executed.get("payment_status").asText()).isEqualTo("paid");
    assertThat(executed.get("imp_uid").asText()).isEqualTo(ran.get(0).impUid());
    assertThat(executed.get("executed_at").asLong()).isEqualTo(now + 3_600);
  }

  @Test
  void anArmedFailureFailsThatScheduledChargeOnly() {
    // GIVEN two schedules and a failure armed for one of them
    String[] auth = auth();
    sim.seedBillingKey(null, CUSTOMER);
    schedule(auth, entry("sub_ok", now + 100, 1_000), entry("sub_fail", now + 200, 1_000));
    sim.control().arm(ArmOutcome.fail().forMerchantUid("sub_fail").withError(null, "한도를 초과하였습니다."));

    // WHEN the clock moves past both
    advanceClock(300);

    // THEN the armed one was executed into a failed payment, which the schedule reports
    JsonNode failed = schedule(auth, "sub_fail");
    assertThat(failed.get("schedule_status").asText()).isEqualTo("executed");
    assertThat(failed.get("payment_status").asText()).isEqualTo("failed");
    assertThat(failed.get("fail_reason").asText()).isEqualTo("한도를 초과하였습니다.");
    assertThat(failed.get("imp_uid").asText()).startsWith("imps_");
    HttpReply payment = sim.client().get("/payments/" + failed.get("imp_uid").asText(), auth);
    assertThat(payment).succeeded();
    assertThat(payment.response().get("status").asText()).isEqualTo("failed");
    assertThat(payment.response().get("fail_reason").asText()).isEqualTo("한도를 초과하였습니다.");
    // AND the other charge was not affected
    assertThat(schedule(auth, "sub_ok").get("payment_status").asText()).isEqualTo("paid");
  }

  @Test
  void theTokenExpiresAfterThirtyMinutesOfSimulatorTime() {
    // GIVEN a token issued now
    String[] auth = auth();
    assertThat(sim.client().get("/subscribe/customers/x", auth).status()).isEqualTo(404);

    // WHEN the clock moves 1801 seconds on
    advanceClock(1_801);
    HttpReply reply = sim.client().get("/subscribe/customers/x", auth);

    // THEN the token is refused with the gateway's 401 envelope and challenge
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json())
        .isEqualTo(json("{\"code\":-1,\"message\":\"Unauthorized\",\"response\":null}"));
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("iamport");
  }

  @Test
  void getTokenBeforeExpiryReturnsTheSameTokenAndExpiry() {
    // GIVEN a token issued now
    JsonNode first = getToken();

    // WHEN the merchant asks again ten minutes later
    advanceClock(600);
    JsonNode second = getToken();

    // THEN it gets the same token with the same expiry, and less time left
    assertThat(second.get("access_token").asText()).isEqualTo(first.get("access_token").asText());
    assertThat(second.get("expired_at").asLong()).isEqualTo(first.get("expired_at").asLong());
    assertThat(first.get("expired_at").asLong() - first.get("now").asLong()).isEqualTo(1_800);
    assertThat(second.get("expired_at").asLong() - second.get("now").asLong())
        .isBetween(1_190L, 1_200L);
  }

  @Test
  void getTokenInTheLastMinuteExtendsTheTokenByFiveMinutes() {
    // GIVEN a token issued now
    JsonNode first = getToken();
    long expiredAt = first.get("expired_at").asLong();

    // WHEN the merchant asks again with 50 seconds left
    advanceClock(1_750);
    JsonNode second = getToken();

    // THEN it gets the same token, valid five minutes longer, and usable past the first expiry
    assertThat(second.get("access_token").asText()).isEqualTo(first.get("access_token").asText());
    assertThat(second.get("expired_at").asLong()).isEqualTo(expiredAt + 300);
    advanceClock(100);
    String[] auth = MerchantRestClient.bearer(second.get("access_token").asText());
    assertThat(sim.client().get("/subscribe/customers/x", auth).status()).isEqualTo(404);
  }

  // --- helpers ---

  private String[] auth() {
    return MerchantRestClient.bearer(sim.client().defaultToken());
  }

  private JsonNode getToken() {
    HttpReply reply =
        sim.client()
            .postJson(
                "/users/getToken",
                Map.of("imp_key", "preflight_key", "imp_secret", "preflight_secret"));
    assertThat(reply).succeeded();
    return reply.response();
  }

  private Moved advanceClock(long seconds) {
    return sim.control().advanceClock(Duration.ofSeconds(seconds));
  }

  private static Map<String, Object> entry(String merchantUid, long scheduleAt, long amount) {
    return Map.of(
        "merchant_uid", merchantUid, "schedule_at", scheduleAt, "amount", amount, "name", "정기구독");
  }

  @SafeVarargs
  private void schedule(String[] auth, Map<String, Object>... entries) {
    HttpReply reply =
        sim.client()
            .postJson(
                "/subscribe/payments/schedule",
                Map.of("customer_uid", CUSTOMER, "schedules", List.of(entries)),
                auth);
    assertThat(reply).succeeded();
  }

  private JsonNode schedule(String[] auth, String merchantUid) {
    HttpReply reply = sim.client().get("/subscribe/payments/schedule/" + merchantUid, auth);
    assertThat(reply).succeeded();
    return reply.response();
  }

  private static List<JsonNode> elements(JsonNode array) {
    assertThat(array.isArray()).as("expected an array: %s", array).isTrue();
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
