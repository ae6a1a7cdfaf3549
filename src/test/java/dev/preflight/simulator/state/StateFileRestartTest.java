package dev.preflight.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.client.ArmOutcome;
import dev.preflight.client.BillingKeySeed;
import dev.preflight.client.PaymentSeed;
import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.ScheduleRunner;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorConfig;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --state}: a simulator stopped and started again on the same state file has
 * everything it had, and carries on from there.
 */
class StateFileRestartTest {
  /** 2030-01-01T00:00:00Z. */
  private static final long T0 = 1_893_456_000L;

  private static final String SHOP_KEY = "shop_key";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private SimulatorServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private MerchantRestClient start() {
    server =
        new SimulatorServer(
                new Simulator(SimulatorSettings.forTests().withStateFile(dir.resolve("sim.state"))))
            .start();
    return new MerchantRestClient(server.baseUrl());
  }

  private MerchantRestClient restart() {
    server.close();
    return start();
  }

  @Test
  void everyKindOfStateSurvivesARestart() throws Exception {
    // GIVEN a simulator with a state file that saw writes of every kind, in two tenants
    MerchantRestClient sim = start();
    control(sim).setClock(Instant.ofEpochSecond(T0));
    control(sim).createTenant("imp12345678", SHOP_KEY, "s3cret", null);
    String[] auth = MerchantRestClient.bearer(sim.defaultToken());
    String[] shop = MerchantRestClient.bearer(sim.token(SHOP_KEY, "s3cret"));

    String paid = seedPayment(sim, "order_paid", 14_000);
    ok(sim.postJson("/payments/cancel", Map.of("imp_uid", paid, "amount", 4_000), auth));
    ok(sim.postJson("/payments/cancel", Map.of("imp_uid", paid, "amount", 1_000), auth));
    ok(
        sim.postJson(
            "/payments/prepare", Map.of("merchant_uid", "order_next", "amount", 9_900), auth));
    ok(
        sim.postJson(
            "/payments/prepare", Map.of("merchant_uid", "shop_order", "amount", 500), shop));
    seedBillingKey(sim, "customer_1");
    seedBillingKey(sim, "customer_gone");
    ok(sim.delete("/subscribe/customers/customer_gone", auth));
    ok(sim.postJson("/subscribe/payments/again", again("customer_1", "order_again", 3_000), auth));
    ok(
        sim.postJson(
            "/subscribe/payments/schedule",
            Map.of(
                "customer_uid",
                "customer_1",
                "schedules",
                List.of(
                    entry("sub_1", T0 + 100, 1_000),
                    entry("sub_2", T0 + 200, 2_000),
                    entry("sub_3", T0 + 300, 3_000))),
            auth));
    ok(
        sim.postJson(
            "/subscribe/payments/unschedule",
            Map.of("customer_uid", "customer_1", "merchant_uid", "sub_3"),
            auth));
    armOutcome(sim, "sub_2", 1);
    armOutcome(sim, "order_later", 3);
    ScheduleRunner.Moved moved = control(sim).advanceClock(Duration.ofSeconds(150));
    assertThat(moved.ran()).hasSize(1);
    Simulator before = server.simulator();
    String books = books(before);
    List<ArmedOutcome> outcomes = before.accounts().defaultAccount().outcomes().list();
    List<JournalEntry> journal = before.journal().since(0, null);
    long offset = before.clock().offsetSeconds();

    // WHEN it is stopped and started again on the same file
    sim = restart();
    Simulator after = server.simulator();

    // THEN tenants, payments with their cancels, prepared amounts, billing keys (and the deleted
    // one still deleted), schedules, armed outcomes, the clock and the journal are all there
    assertThat(after.accounts().byImpKey(SHOP_KEY)).isPresent();
    assertThat(books(after)).isEqualTo(books);
    assertThat(after.accounts().defaultAccount().outcomes().list()).isEqualTo(outcomes);
    // (as JSON: a number read back may be an int node where a long node was written)
    assertThat(JSON.writeValueAsString(after.journal().since(0, null)))
        .isEqualTo(JSON.writeValueAsString(journal));
    assertThat(after.clock().offsetSeconds()).isEqualTo(offset);
    auth = MerchantRestClient.bearer(sim.defaultToken());
    JsonNode payment = sim.get("/payments/" + paid, auth).response();
    assertThat(payment.get("cancel_amount").asLong()).isEqualTo(5_000);
    assertThat(payment.get("cancel_history")).hasSize(2);
    assertThat(sim.get("/payments/prepare/order_next", auth).response().get("amount").asLong())
        .isEqualTo(9_900);
    assertThat(sim.get("/subscribe/customers/customer_1", auth).status()).isEqualTo(200);
    assertThat(sim.get("/subscribe/customers/customer_gone", auth).status()).isEqualTo(404);
    assertThat(after.accounts().byImpKey(SHOP_KEY).orElseThrow().ledger().prepared("shop_order"))
        .isPresent();

    // AND it carries on: the armed outcome fails the next due schedule, a cancel finds the
    // balance left, the journal goes on numbering after its last entry
    List<ScheduleRunner.Run> ran = control(sim).advanceClock(Duration.ofSeconds(100)).ran();
    assertThat(ran).hasSize(1);
    assertThat(ran.get(0).merchantUid()).isEqualTo("sub_2");
    assertThat(ran.get(0).status()).isEqualTo("failed");
    HttpReply rest =
        ok(sim.postJson("/payments/cancel", Map.of("imp_uid", paid, "checksum", 9_000), auth));
    assertThat(rest.response().get("status").asText()).isEqualTo("cancelled");
    List<JournalEntry> now = after.journal().since(0, null);
    assertThat(now.get(journal.size()).seq()).isEqualTo(journal.get(journal.size() - 1).seq() + 1);
  }

  @Test
  void parallelPartialCancelsStayExactWithAStateFileAndAfterARestart() throws Exception {
    // GIVEN 32 callers cancelling 700 won each of one 10,000 won payment at once
    MerchantRestClient sim = start();
    String[] auth = MerchantRestClient.bearer(sim.defaultToken());
    String impUid = seedPayment(sim, "order_race", 10_000);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpReply>> replies = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      replies.add(
          pool.submit(
              () -> {
                go.await();
                return sim.postJson(
                    "/payments/cancel", Map.of("imp_uid", impUid, "amount", 700), auth);
              }));
    }
    go.countDown();
    int succeeded = 0;
    for (Future<HttpReply> reply : replies) {
      succeeded += reply.get().json().get("code").asInt() == 0 ? 1 : 0;
    }
    pool.shutdown();

    // WHEN it starts again
    restart();

    // THEN exactly the 14 refunds that fit were made, and all 14 are in the file
    Payment after =
        server.simulator().accounts().defaultAccount().ledger().payment(impUid).orElseThrow();
    assertThat(succeeded).isEqualTo(14);
    assertThat(after.cancelAmount()).isEqualTo(14 * 700);
    assertThat(after.cancelHistory()).hasSize(14);
  }

  @Test
  void aDeeplyNestedRequestIsKeptAndStopsNoLaterWrite() {
    // GIVEN a request whose body nests 999 arrays deep (as deep as the parser takes), journaled as
    // it came
    MerchantRestClient sim = start();
    String deep = "{\"imp_uid\":" + "[".repeat(999) + "]".repeat(999) + "}";
    sim.sendBody("POST", "/payments/cancel", "application/json", deep);
    long deepSeq = server.simulator().journal().lastSeq();

    // WHEN writes go on and the simulator starts again
    String impUid = seedPayment(sim, "order_after", 1_000);
    restart();

    // THEN the later write and the odd request's journal entry are both there
    assertThat(server.simulator().accounts().defaultAccount().ledger().payment(impUid)).isPresent();
    assertThat(server.simulator().journal().since(deepSeq - 1, null).get(0).seq())
        .isEqualTo(deepSeq);
  }

  @Test
  void aResetIsKeptToo() {
    // GIVEN a payment and an added tenant, then a reset that drops tenants
    MerchantRestClient sim = start();
    seedPayment(sim, "order_1", 1_000);
    control(sim).createTenant("imp12345678", SHOP_KEY, "s3cret", null);
    long nextSeq = server.simulator().journal().lastSeq() + 1;
    control(sim).resetWithTenants();

    // WHEN it starts again
    restart();

    // THEN the books, the tenant and the journal are gone; numbering goes on where it was
    Simulator after = server.simulator();
    assertThat(after.accounts().defaultAccount().ledger().payments(p -> true)).isEmpty();
    assertThat(after.accounts().byImpKey(SHOP_KEY)).isEmpty();
    assertThat(after.journal().since(0, null)).allMatch(e -> e.seq() >= nextSeq);
    assertThat(after.clock().isRealTime()).isTrue();
  }

  @Test
  void aStateFileInUseIsRefusedWithItsName() {
    start();

    assertThatThrownBy(
            () ->
                new Simulator(SimulatorSettings.forTests().withStateFile(dir.resolve("sim.state"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sim.state")
        .hasMessageContaining("another simulator");
  }

  @Test
  void theConfigFileNamesAStateFileRelativeToItself() throws Exception {
    Path config = Files.createDirectories(dir.resolve("conf")).resolve("sim.yml");
    Files.writeString(config, "state_file: data/sim.state\n");

    SimulatorSettings settings = SimulatorConfig.apply(config, SimulatorSettings.forTests());

    assertThat(settings.stateFile()).isEqualTo(dir.resolve("conf/data/sim.state").toAbsolutePath());
  }

  private static String books(Simulator simulator) {
    TreeMap<String, String> all = new TreeMap<>();
    for (Account account : simulator.accounts().all()) {
      all.put(account.tenant().userCode(), account.ledger().fingerprint());
    }
    return all.toString();
  }

  private static HttpReply ok(HttpReply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply;
  }

  /** The control API of the simulator {@code sim} talks to. */
  private static SimulatorControl control(MerchantRestClient sim) {
    return SimulatorControl.at(sim.baseUrl());
  }

  private static String seedPayment(MerchantRestClient sim, String merchantUid, long amount) {
    return control(sim).seedPayment(PaymentSeed.paid(merchantUid, amount)).impUid();
  }

  private static void seedBillingKey(MerchantRestClient sim, String customerUid) {
    control(sim).seedBillingKey(BillingKeySeed.forCustomer(customerUid));
  }

  private static void armOutcome(MerchantRestClient sim, String merchantUid, int times) {
    control(sim).arm(ArmOutcome.fail().forMerchantUid(merchantUid).times(times));
  }

  private static Map<String, Object> again(String customerUid, String merchantUid, long amount) {
    return Map.of(
        "customer_uid", customerUid, "merchant_uid", merchantUid, "amount", amount, "name", "구독");
  }

  private static Map<String, Object> entry(String merchantUid, long scheduleAt, long amount) {
    return Map.of(
        "merchant_uid", merchantUid, "schedule_at", scheduleAt, "amount", amount, "name", "구독");
  }
}
