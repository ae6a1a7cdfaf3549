package dev.preflight.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.preflight.simulator.ScheduleRunner;
import dev.preflight.simulator.faults.ArmedFault;
import dev.preflight.simulator.faults.Endpoint;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.simulator.webhook.WebhookAttempt;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The typed control-API client against a real simulator over HTTP. */
class SimulatorControlTest {
  /** 2030-01-01T00:00:00Z: far from real time, so nothing falls due by itself. */
  private static final long T0 = 1_893_456_000L;

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  private SimulatorControl control;

  @BeforeEach
  void connect() {
    control = SimulatorControl.at(sim.baseUrl() + "/");
  }

  @Test
  void aClientWithItsOwnTimeoutStillActsOnItsTenant() {
    control.createTenant("imp44444444", "key_timeout", "secret_timeout", null);
    SimulatorControl patient =
        control.forTenant("key_timeout").withTimeout(java.time.Duration.ofSeconds(3));

    patient.arm(ArmOutcome.fail());

    assertThat(patient.armedOutcomes()).hasSize(1);
    assertThat(control.armedOutcomes()).isEmpty();
    assertThatThrownBy(() -> control.withTimeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsTheDefaultTenantWithItsKeyAndAMaskedSecret() {
    assertThat(control.isHealthy()).isTrue();
    Tenant tenant = control.tenant("imp00000000").orElseThrow();
    assertThat(tenant.impKey()).isEqualTo("preflight_key");
    assertThat(tenant.impSecret()).isEqualTo("****");
  }

  @Test
  void createsATenantWhoseKeysGetATokenAndRefusesItTwice() {
    Tenant created =
        control.createTenant("imp12345678", "shop_key", "shop_secret", "http://127.0.0.1:9/hook");

    assertThat(created.userCode()).isEqualTo("imp12345678");
    assertThat(created.notificationUrl()).isEqualTo("http://127.0.0.1:9/hook");
    assertThat(control.tenants()).extracting(Tenant::userCode).contains("imp12345678");
    assertThat(sim.client().token("shop_key", "shop_secret")).isNotBlank();
    assertThatThrownBy(() -> control.createTenant(created))
        .isInstanceOfSatisfying(
            ControlRequestRefused.class, refused -> assertThat(refused.status()).isEqualTo(409));
  }

  @Test
  void seedsAPaymentThatTheRestApiShows() {
    GatewayPayment seeded =
        control.seedPayment(
            PaymentSeed.paid("order-1", 14_000)
                .named("유기농 쌀 10kg")
                .buyer("김구매", "010-1234-5678", null));

    assertThat(seeded.impUid()).startsWith("imp_");
    assertThat(seeded.status()).isEqualTo("paid");
    HttpReply lookup = sim.client().get("/payments/" + seeded.impUid(), bearer());
    assertThat(lookup.response().get("amount").asLong()).isEqualTo(14_000);
    assertThat(lookup.response().get("name").asText()).isEqualTo("유기농 쌀 10kg");
    assertThat(lookup.response().get("buyer_tel").asText()).isEqualTo("010-1234-5678");
  }

  @Test
  void armsInsufficientBalanceForTheNextAgainChargeOfACustomer() {
    control.seedBillingKey(
        BillingKeySeed.forCustomer("sub-1").holder("김구매", "010-1234-5678", null));

    ArmedOutcome armed = control.arm(ArmOutcome.insufficientBalance().forCustomer("sub-1"));
    HttpReply charge =
        sim.client()
            .postJson(
                "/subscribe/payments/again",
                Map.of(
                    "customer_uid",
                    "sub-1",
                    "merchant_uid",
                    "m-1",
                    "amount",
                    9_900,
                    "name",
                    "월 구독"),
                bearer());

    assertThat(armed.kind()).isEqualTo(ArmedOutcome.Kind.FAIL);
    assertThat(armed.customerUid()).isEqualTo("sub-1");
    assertThat(armed.errorMsg()).isEqualTo("잔액이 부족합니다.");
    assertThat(charge.response().get("status").asText()).isEqualTo("failed");
    assertThat(charge.response().get("fail_reason").asText()).isEqualTo("잔액이 부족합니다.");
    assertThat(control.armedOutcomes()).isEmpty();
  }

  @Test
  void listsAndClearsArmedOutcomes() {
    control.arm(ArmOutcome.approve().forMerchantUid("m-2").forAmount(500).reportingPaid(100));
    control.arm(ArmOutcome.fail().withError("F1", "한도 초과").times(2));

    List<ArmedOutcome> armed = control.armedOutcomes();

    assertThat(armed).hasSize(2);
    assertThat(armed.get(0).paidAmount()).isEqualTo(100);
    assertThat(armed.get(0).amount()).isEqualTo(500);
    assertThat(armed.get(1).errorMsg()).isEqualTo("한도 초과");
    assertThat(armed.get(1).remaining()).isEqualTo(2);
    assertThat(control.clearOutcomes()).isEqualTo(2);
    assertThat(control.armedOutcomes()).isEmpty();
  }

  @Test
  void armsAFaultThatStrikesTheNextAgainCall() {
    ArmedFault armed = control.arm(ArmFault.named("rest-500").onEndpoint("again"));

    assertThat(armed.fault().id()).isEqualTo("rest-500");
    assertThat(armed.endpoint()).isEqualTo(Endpoint.AGAIN);
    assertThat(control.armedFaults()).extracting(a -> a.fault().id()).containsExactly("rest-500");
    HttpReply struck =
        sim.client()
            .postJson(
                "/subscribe/payments/again",
                Map.of("customer_uid", "x", "merchant_uid", "m", "amount", 1_000, "name", "n"),
                bearer());
    assertThat(struck.status()).isEqualTo(500);
    assertThat(control.armedFaults()).isEmpty();
    control.arm(ArmFault.named("rest-500").times(3));
    assertThat(control.clearFaults()).isEqualTo(1);
  }

  @Test
  void refusesAnUnknownFaultWithTheSimulatorsMessage() {
    assertThatThrownBy(() -> control.arm(ArmFault.named("no-such-fault")))
        .isInstanceOf(ControlRequestRefused.class)
        .hasMessageContaining("no fault is named \"no-such-fault\"");
  }

  @Test
  void advancingTheClockRunsADueScheduleAndReportsIt() {
    control.setClock(Instant.ofEpochSecond(T0));
    control.seedBillingKey(BillingKeySeed.forCustomer("sub-1"));
    schedule("sub-1", "sched-1", T0 + 3_600, 9_900, null);

    ScheduleRunner.Moved moved = control.advanceClock(Duration.ofHours(2));

    assertThat(moved.now()).isBetween(T0 + 7_200, T0 + 7_202);
    assertThat(moved.ran()).hasSize(1);
    ScheduleRunner.Run run = moved.ran().get(0);
    assertThat(run.merchantUid()).isEqualTo("sched-1");
    assertThat(run.scheduleAt()).isEqualTo(T0 + 3_600);
    assertThat(run.impUid()).isNotBlank();
    assertThat(run.status()).isEqualTo("paid");
    assertThat(control.clock().realTime()).isFalse();
    assertThatThrownBy(() -> control.advanceClock(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheJournalAsTheSimulatorsOwnEntries() {
    long before = System.currentTimeMillis();
    String token = sim.client().defaultToken();
    sim.client().get("/payments/imp_000000000000", MerchantRestClient.bearer(token));

    List<JournalEntry> journal = control.journal();

    assertThat(journal)
        .extracting(JournalEntry::path)
        .containsExactly("/users/getToken", "/payments/imp_000000000000");
    JournalEntry tokenCall = journal.get(0);
    assertThat(tokenCall.kind()).isEqualTo(JournalEntry.REST);
    assertThat(tokenCall.method()).isEqualTo("POST");
    assertThat(tokenCall.tenant()).isEqualTo("imp00000000");
    assertThat(tokenCall.params().get("imp_key").asText()).isEqualTo("preflight_key");
    assertThat(tokenCall.params().get("imp_secret").asText()).isNotEqualTo("preflight_secret");
    assertThat(tokenCall.atMillis()).isGreaterThanOrEqualTo(before);
    assertThat(journal.get(1).status()).isEqualTo(404);
    assertThat(journal.get(1).code()).isEqualTo(-1);
    assertThat(control.journalSince(journal.get(1).seq())).isEmpty();
  }

  @Test
  void listsTheWebhookAttemptsOfAScheduledCharge() throws Exception {
    HttpServer merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    merchant.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    merchant.start();
    try {
      String hook = "http://127.0.0.1:" + merchant.getAddress().getPort() + "/hook";
      control.setClock(Instant.ofEpochSecond(T0));
      control.seedBillingKey(BillingKeySeed.forCustomer("sub-1"));
      schedule("sub-1", "sched-1", T0 + 60, 9_900, hook);

      control.advanceClock(Duration.ofMinutes(2));
      sim.simulator().webhooks().awaitQuiet(Duration.ofSeconds(10));

      List<WebhookAttempt> attempts = control.webhookAttempts();
      assertThat(attempts).hasSize(1);
      WebhookAttempt attempt = attempts.get(0);
      assertThat(attempt.url()).isEqualTo(hook);
      assertThat(attempt.status()).isEqualTo(200);
      assertThat(attempt.contentType()).isEqualTo("application/json");
      assertThat(attempt.body().get("merchant_uid").asText()).isEqualTo("sched-1");
      assertThat(attempt.body().get("status").asText()).isEqualTo("paid");
    } finally {
      merchant.stop(0);
    }
  }

  @Test
  void actsOnTheTenantItIsScopedTo() {
    control.createTenant("imp22222222", "other_key", "other_secret", null);
    SimulatorControl other = control.forTenant("other_key");

    other.seedPayment(PaymentSeed.paid("order-other", 1_000));
    other.arm(ArmOutcome.fail());

    assertThat(other.armedOutcomes()).hasSize(1);
    assertThat(control.armedOutcomes()).isEmpty();
    assertThatThrownBy(() -> control.forTenant("nobody").journal())
        .isInstanceOfSatisfying(
            ControlRequestRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(404);
              assertThat(refused).hasMessageContaining("no tenant has imp_key \"nobody\"");
            });
  }

  @Test
  void resetEmptiesTheBooksAndKeepsTenantsUnlessAskedToDropThem() {
    control.createTenant("imp33333333", "k3", "s3", null);
    control.seedPayment(PaymentSeed.paid("order-1", 1_000));
    control.setClock(Instant.ofEpochSecond(T0));

    control.reset();

    assertThat(control.journal()).isEmpty();
    assertThat(control.clock().realTime()).isTrue();
    assertThat(control.tenant("imp33333333")).isPresent();
    control.resetWithTenants();
    assertThat(control.tenant("imp33333333")).isEmpty();
    assertThat(control.tenant("imp00000000")).isPresent();
  }

  private String[] bearer() {
    return MerchantRestClient.bearer(sim.client().defaultToken());
  }

  private void schedule(
      String customerUid, String merchantUid, long at, long amount, String noticeUrl) {
    Map<String, Object> entry =
        noticeUrl == null
            ? Map.of("merchant_uid", merchantUid, "schedule_at", at, "amount", amount)
            : Map.of(
                "merchant_uid",
                merchantUid,
                "schedule_at",
                at,
                "amount",
                amount,
                "notice_url",
                noticeUrl);
    HttpReply booked =
        sim.client()
            .postJson(
                "/subscribe/payments/schedule",
                Map.of("customer_uid", customerUid, "schedules", List.of(entry)),
                bearer());
    assertThat(booked.json().get("code").asInt()).as(booked.body()).isZero();
  }

  @Test
  void listsPaymentsPagedAndFilteredNamingTheirTenant() {
    control.createTenant("imp44444444", "k4", "s4", null);
    SimulatorControl shop = control.forTenant("k4");
    control.setClock(Instant.ofEpochSecond(T0));
    control.seedPayment(PaymentSeed.paid("order-1", 1_000));
    control.advanceClock(Duration.ofMinutes(1));
    control.seedPayment(PaymentSeed.paid("order-2", 2_000).withStatus("failed"));
    control.advanceClock(Duration.ofMinutes(1));
    shop.seedPayment(PaymentSeed.paid("order-3", 3_000));

    PaymentListing everyTenant = control.payments(PaymentFilter.any(), 1, 2);
    PaymentListing secondPage = control.payments(PaymentFilter.any(), 2, 2);
    PaymentListing failed = control.payments(PaymentFilter.any().withStatus("failed"), 1, 20);
    PaymentListing ownTenant = shop.payments(PaymentFilter.any(), 1, 20);
    PaymentListing named =
        control.payments(
            PaymentFilter.any().withTenant("imp00000000").withMerchantUid("order-1"), 1, 20);

    assertThat(everyTenant.total()).isEqualTo(3);
    assertThat(everyTenant.limit()).isEqualTo(2);
    assertThat(everyTenant.payments())
        .extracting(p -> p.tenant() + "/" + p.payment().merchantUid())
        .containsExactly("imp44444444/order-3", "imp00000000/order-2");
    assertThat(secondPage.page()).isEqualTo(2);
    assertThat(secondPage.payments())
        .extracting(p -> p.payment().merchantUid())
        .containsExactly("order-1");
    assertThat(failed.payments()).extracting(p -> p.payment().status()).containsExactly("failed");
    assertThat(ownTenant.payments())
        .extracting(p -> p.payment().merchantUid())
        .containsExactly("order-3");
    assertThat(named.payments()).extracting(p -> p.payment().amount()).containsExactly(1_000L);
    assertThatThrownBy(() -> control.payments(PaymentFilter.any(), 1, 101))
        .isInstanceOfSatisfying(
            ControlRequestRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(400);
              assertThat(refused)
                  .hasMessageContaining("limit must be a whole number from 1 to 100");
            });
  }
}
