package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.ArmOutcome;
import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.ArmedOutcome;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tenant A (the default) has a payment, a prepared amount, a billing key and a schedule; tenant B
 * asks for each of them through every endpoint and must see nothing, change nothing.
 */
class TenantIsolationTest {
  @RegisterExtension final RunningSimulator sim = new RunningSimulator();
  private String impUid;
  private String[] otherTenant;

  @BeforeEach
  void twoTenants() {
    String[] a = MerchantRestClient.bearer(sim.client().defaultToken());
    impUid = sim.seedPayment("order-a", 14000, "paid");
    sim.seedBillingKey(null, "customer-a");
    sim.client().postForm("/payments/prepare", "merchant_uid=prepared-a&amount=5000", a);
    long later = sim.simulator().clock().now() + 3600;
    sim.client()
        .postForm(
            "/subscribe/payments/schedule",
            "customer_uid=customer-a&schedules[0][merchant_uid]=sched-a&schedules[0][schedule_at]="
                + later
                + "&schedules[0][amount]=9900",
            a);
    sim.control().createTenant("imp11111111", "key_b", "secret_b", null);
    otherTenant = MerchantRestClient.bearer(sim.client().token("key_b", "secret_b"));
  }

  static Stream<Arguments> everyEndpoint() {
    return Stream.of(
        call("GET", "/payments/{imp}", null, notFound()),
        call("GET", "/payments?imp_uid[]={imp}", null, notFound()),
        call("GET", "/payments?merchant_uid[]=order-a", null, notFound()),
        call("GET", "/payments/find/order-a", null, notFound()),
        call("GET", "/payments/findAll/order-a", null, notFound()),
        call("GET", "/payments/status/all", null, emptyPage()),
        call("GET", "/payments/{imp}/naver/cash-amount", null, notFound()),
        call("POST", "/payments/{imp}/naver/confirm", "", notFound()),
        call("POST", "/payments/{imp}/naver/point", "", notFound()),
        call("POST", "/payments/cancel", "imp_uid={imp}", refused()),
        call("POST", "/payments/cancel", "merchant_uid=order-a", refused()),
        call("GET", "/payments/prepare/prepared-a", null, notFound()),
        call("PUT", "/payments/prepare", "merchant_uid=prepared-a&amount=1", notFound()),
        call(
            "POST",
            "/subscribe/payments/again",
            "customer_uid=customer-a&merchant_uid=b-1&amount=1000&name=x",
            refused()),
        call(
            "POST",
            "/subscribe/payments/schedule",
            "customer_uid=customer-a&schedules[0][merchant_uid]=b-2&schedules[0][schedule_at]=4102444800&schedules[0][amount]=1000",
            refused()),
        call("POST", "/subscribe/payments/unschedule", "customer_uid=customer-a", refused()),
        call("GET", "/subscribe/payments/schedule/sched-a", null, notFound()),
        call("GET", "/subscribe/payments/schedule/customers/customer-a", null, emptyPage()),
        call("GET", "/subscribe/payments/schedule", null, emptyPage()),
        call("GET", "/subscribe/customers/customer-a", null, notFound()),
        call("DELETE", "/subscribe/customers/customer-a", null, notFound()),
        call("GET", "/subscribe/customers?customer_uid[]=customer-a", null, notFound()),
        call("GET", "/subscribe/customers/customer-a/payments", null, emptyPage()),
        call("GET", "/subscribe/customers/customer-a/schedules", null, emptyPage()));
  }

  private static Arguments call(String method, String path, String form, Expectation expected) {
    return Arguments.of(method + " " + path, method, path, form, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEndpoint")
  void anotherTenantSeesAndChangesNothing(
      String name, String method, String path, String form, Expectation expected) {
    String before = sim.ledgerFingerprint();
    String url = path.replace("{imp}", impUid);

    HttpReply reply =
        switch (method) {
          case "GET" -> sim.client().get(url, otherTenant);
          case "DELETE" -> sim.client().delete(url, otherTenant);
          default ->
              sim.client()
                  .sendBody(method, url, "application/x-www-form-urlencoded", form, otherTenant);
        };

    expected.check(reply);
    assertThat(reply.body()).doesNotContain(impUid, "customer-a\"", "14000");
    assertThat(sim.ledgerFingerprint()).isEqualTo(before);
  }

  @Test
  void theControlApiShowsEachTenantOnlyItsOwnJournalAndOutcomes() {
    SimulatorControl asB = sim.control().forTenant("key_b");
    sim.control().arm(ArmOutcome.fail().forAmount(777));

    List<JournalEntry> journalOfB = asB.journal();
    List<ArmedOutcome> outcomesOfB = asB.armedOutcomes();

    assertThat(journalOfB)
        .isNotEmpty()
        .extracting(JournalEntry::tenant)
        .containsOnly("imp11111111");
    assertThat(outcomesOfB).isEmpty();
    assertThat(sim.control().armedOutcomes()).hasSize(1);
  }

  @Test
  void tenantsAreListedWithTheirSecretsMasked() {
    List<Tenant> tenants = sim.control().tenants();

    assertThat(tenants).extracting(Tenant::impKey).contains("key_b", "preflight_key");
    assertThat(tenants).extracting(Tenant::impSecret).containsOnly("****");
  }

  @FunctionalInterface
  interface Expectation {
    void check(HttpReply reply);
  }

  private static Expectation notFound() {
    return reply -> {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json().get("code").asInt()).isNotZero();
    };
  }

  private static Expectation refused() {
    return reply -> {
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().get("code").asInt()).isNotZero();
    };
  }

  private static Expectation emptyPage() {
    return reply -> {
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.response().get("total").asInt()).isZero();
      assertThat(reply.response().get("list")).isEmpty();
    };
  }
}
