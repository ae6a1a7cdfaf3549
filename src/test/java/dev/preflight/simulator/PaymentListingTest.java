package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /__sim/payments} and {@code GET /__sim/schedules}: paging, filters, tenants. */
class PaymentListingTest {
  /** 2030-01-01T00:00:00Z: far from real time, so nothing falls due by itself. */
  private static final long T0 = 1_893_456_000L;

  private static final String SHOP = "imp11111111";
  private static final String SHOP_KEY = "shop_key";

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  @BeforeEach
  void atAKnownTime() {
    moveClock(Map.of("set", T0));
  }

  @Test
  void listsNewestFirstInPagesWithTheTotal() {
    // GIVEN five payments, one a minute
    for (int i = 1; i <= 5; i++) {
      sim.seedPayment("order-" + i, 1_000L * i, "paid");
      moveClock(Map.of("advance_seconds", 60));
    }

    // WHEN they are listed two at a time
    JsonNode first = list("?limit=2");
    JsonNode last = list("?limit=2&page=3");
    JsonNode beyond = list("?limit=2&page=4");
    JsonNode byDefault = list("");

    // THEN the newest come first, and every page says where it is
    assertThat(merchantUids(first)).containsExactly("order-5", "order-4");
    assertThat(first.get("total").asLong()).isEqualTo(5);
    assertThat(first.get("page").asLong()).isEqualTo(1);
    assertThat(first.get("limit").asLong()).isEqualTo(2);
    assertThat(merchantUids(last)).containsExactly("order-1");
    assertThat(merchantUids(beyond)).isEmpty();
    assertThat(beyond.get("total").asLong()).isEqualTo(5);
    assertThat(byDefault.get("limit").asLong()).isEqualTo(20);
    assertThat(merchantUids(byDefault)).hasSize(5);
  }

  @Test
  void filtersByStatusAndByTheExactMerchantUid() {
    sim.seedPayment("order-1", 1_000, "paid");
    sim.seedPayment("order-10", 1_000, "paid");
    sim.seedPayment("order-2", 1_000, "cancelled");
    sim.seedPayment("order-1", 1_000, "failed");
    sim.seedPayment("order-3", 1_000, "ready");

    assertThat(merchantUids(list("?status=paid"))).containsExactlyInAnyOrder("order-1", "order-10");
    assertThat(merchantUids(list("?status=cancelled"))).containsExactly("order-2");
    assertThat(statuses(list("?merchant_uid=order-1")))
        .as("order-1 only, not order-10: the match is exact")
        .containsExactlyInAnyOrder("paid", "failed");
    assertThat(statuses(list("?merchant_uid=order-1&status=failed"))).containsExactly("failed");
    assertThat(list("?merchant_uid=order").get("total").asLong()).isZero();
    assertThat(list("?status=all").get("total").asLong()).isEqualTo(5);
  }

  @Test
  void eachPaymentIsTheRestApisPaymentObjectNamingItsTenant() {
    String impUid = sim.seedPayment("order-1", 14_000, "paid");
    sim.client()
        .postJson(
            "/payments/cancel",
            Map.of("imp_uid", impUid, "amount", 4_000, "reason", "부분 환불"),
            MerchantRestClient.bearer(sim.client().defaultToken()));

    ObjectNode listed = (ObjectNode) list("").get("list").get(0);
    JsonNode rest =
        sim.client()
            .get("/payments/" + impUid, MerchantRestClient.bearer(sim.client().defaultToken()))
            .response();

    assertThat(listed.get("tenant").asText()).isEqualTo("imp00000000");
    assertThat(listed.get("cancel_history")).hasSize(1);
    listed.remove("tenant");
    assertThat(listed).isEqualTo(rest);
  }

  @Test
  void keepsTenantsApartAndListsThemAllOnlyWhenNoneIsNamed() {
    sim.plainHttp().postJson("/__sim/tenants", RunningSimulator.tenant(SHOP, SHOP_KEY, "s"));
    sim.seedPayment("default-order", 1_000, "paid");
    moveClock(Map.of("advance_seconds", 60));
    sim.seed(SHOP_KEY, "shop-order", 2_000, "paid");

    JsonNode all = list("");
    JsonNode shop = list("?tenant=" + SHOP);
    JsonNode byHeader = list("", "X-Preflight-Tenant", SHOP_KEY);
    JsonNode defaultOnly = list("?tenant=imp00000000");

    assertThat(merchantUids(all)).containsExactly("shop-order", "default-order");
    assertThat(tenants(all)).containsExactly(SHOP, "imp00000000");
    assertThat(merchantUids(shop)).containsExactly("shop-order");
    assertThat(merchantUids(byHeader)).containsExactly("shop-order");
    assertThat(merchantUids(defaultOnly)).containsExactly("default-order");
    assertThat(merchantUids(list("?merchant_uid=shop-order&tenant=imp00000000"))).isEmpty();
    assertThat(refusal("?tenant=imp00000000", "X-Preflight-Tenant", SHOP_KEY).get("error").asText())
        .contains("different tenants");
  }

  @Test
  void pagesAcrossTenantsAsOneListing() {
    sim.plainHttp().postJson("/__sim/tenants", RunningSimulator.tenant(SHOP, SHOP_KEY, "s"));
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String merchantUid = "order-" + i;
      sim.seed(i % 2 == 0 ? SHOP_KEY : null, merchantUid, 1_000, "paid");
      expected.add(0, merchantUid);
      moveClock(Map.of("advance_seconds", 60));
    }

    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonNode answer = list("?limit=2&page=" + page);
      assertThat(answer.get("total").asLong()).isEqualTo(6);
      paged.addAll(merchantUids(answer));
    }

    assertThat(paged).containsExactlyElementsOf(expected);
  }

  @Test
  void theLargestLimitAndPageAreServed() {
    sim.seedPayment("order-1", 1_000, "paid");

    assertThat(list("?limit=100").get("list")).hasSize(1);
    assertThat(list("?page=2147483647&limit=100").get("list")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "?page=0",
        "?page=-1",
        "?page=abc",
        "?page=1.5",
        "?page=2147483648",
        "?page=99999999999999999999",
        "?limit=0",
        "?limit=101",
        "?limit=1e2",
        "?status=refunded",
        "?status=PAID",
        "?page=1&page=2",
        "?merchant_uid=a&merchant_uid=b",
        "?tenant=imp1&tenant=imp2"
      })
  void refusesBadParametersWithAnErrorObject(String query) {
    JsonNode error = refusal(query);

    assertThat(error.get("error").asText())
        .doesNotContainPattern(HostileInputTest.CLASS_NAME.pattern());
    assertThat(error.size()).isEqualTo(1);
  }

  @Test
  void anUnknownTenantIsNamedWithTheFix() {
    HttpReply reply = sim.plainHttp().get("/__sim/payments?tenant=imp99999999");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).contains("imp99999999", "GET /__sim/tenants");
  }

  @Test
  void listsSchedulesSoonestFirstAndShowsThemRunOnceTheClockPasses() {
    sim.seedBillingKey(null, "customer-1");
    String[] auth = MerchantRestClient.bearer(sim.client().defaultToken());
    sim.client()
        .postJson(
            "/subscribe/payments/schedule",
            Map.of(
                "customer_uid",
                "customer-1",
                "schedules",
                List.of(
                    Map.of("merchant_uid", "sub-2", "schedule_at", T0 + 7_200, "amount", 9_900),
                    Map.of("merchant_uid", "sub-1", "schedule_at", T0 + 3_600, "amount", 9_900))),
            auth);

    JsonNode before = sim.plainHttp().get("/__sim/schedules?status=scheduled").json();
    moveClock(Map.of("advance_seconds", 3_600));
    JsonNode executed = sim.plainHttp().get("/__sim/schedules?status=executed").json();

    assertThat(merchantUids(before)).containsExactly("sub-1", "sub-2");
    assertThat(before.get("list").get(0).get("tenant").asText()).isEqualTo("imp00000000");
    assertThat(merchantUids(executed)).containsExactly("sub-1");
    String impUid = executed.get("list").get(0).get("imp_uid").asText();
    assertThat(list("?merchant_uid=sub-1").get("list").get(0).get("imp_uid").asText())
        .isEqualTo(impUid);
    assertThat(sim.plainHttp().get("/__sim/schedules?status=due").status()).isEqualTo(400);
    assertThat(sim.plainHttp().get("/__sim/schedules?limit=101").status()).isEqualTo(400);
  }

  private JsonNode list(String query, String... headers) {
    HttpReply reply = sim.plainHttp().get("/__sim/payments" + query, headers);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonNode refusal(String query, String... headers) {
    HttpReply reply = sim.plainHttp().get("/__sim/payments" + query, headers);
    assertThat(reply.status()).as(query + " -> " + reply.body()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    return reply.json();
  }

  private void moveClock(Map<String, Object> body) {
    HttpReply reply = sim.plainHttp().postJson("/__sim/clock", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static List<String> merchantUids(JsonNode listing) {
    return field(listing, "merchant_uid");
  }

  private static List<String> statuses(JsonNode listing) {
    return field(listing, "status");
  }

  private static List<String> tenants(JsonNode listing) {
    return field(listing, "tenant");
  }

  private static List<String> field(JsonNode listing, String name) {
    List<String> values = new ArrayList<>();
    listing.get("list").forEach(item -> values.add(item.get(name).asText()));
    return values;
  }
}
