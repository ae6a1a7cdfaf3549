package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.support.HttpReply;
import dev.preflight.support.RunningSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /__sim/}: the dashboard page for browsers, a JSON summary for clients asking JSON. */
class DashboardRootTest {
  /** 2030-01-01T00:00:00Z. */
  private static final long T0 = 1_893_456_000L;

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  @Test
  void answersAJsonSummaryToAClientThatAsksForJson() {
    sim.plainHttp()
        .postJson("/__sim/tenants", RunningSimulator.tenant("imp11111111", "shop_key", "s"));
    sim.seedPayment("order-1", 1_000, "paid");
    sim.seedPayment("order-2", 1_000, "paid");
    sim.seedPayment("order-3", 1_000, "failed");
    sim.seedBillingKey(null, "customer-1");
    sim.plainHttp().postJson("/__sim/clock", Map.of("set", T0));

    HttpReply reply = sim.plainHttp().get("/__sim/", "Accept", "application/json");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode summary = reply.json();
    assertThat(summary.get("version").asText()).isNotBlank();
    assertThat(summary.at("/clock/real_time").asBoolean()).isFalse();
    assertThat(summary.at("/clock/now").asLong()).isBetween(T0, T0 + 3_600);
    JsonNode byDefault = summary.get("tenants").get(0);
    assertThat(byDefault.get("user_code").asText()).isEqualTo("imp00000000");
    assertThat(byDefault.get("imp_key").asText()).isEqualTo("preflight_key");
    assertThat(byDefault.has("imp_secret")).isFalse();
    assertThat(byDefault.at("/payments/total").asLong()).isEqualTo(3);
    assertThat(byDefault.at("/payments/paid").asLong()).isEqualTo(2);
    assertThat(byDefault.at("/payments/failed").asLong()).isEqualTo(1);
    assertThat(byDefault.at("/payments/ready").asLong()).isZero();
    assertThat(byDefault.at("/schedules/scheduled").asLong()).isZero();
    assertThat(byDefault.get("billing_keys").asLong()).isEqualTo(1);
    JsonNode shop = summary.get("tenants").get(1);
    assertThat(shop.get("user_code").asText()).isEqualTo("imp11111111");
    assertThat(shop.at("/payments/total").asLong()).isZero();
    assertThat(summary.at("/links/payments").asText()).isEqualTo("/__sim/payments");
    assertThat(summary.at("/links/schedules").asText()).isEqualTo("/__sim/schedules");
    assertThat(summary.at("/links/journal").asText()).isEqualTo("/__sim/journal");
    assertThat(summary.get("outcomes").toString()).contains("insufficient_balance");
  }

  @Test
  void theSummaryTellsWhereTheJournalWasLastEmptied() {
    sim.client().defaultToken();
    JsonNode before = sim.plainHttp().get("/__sim/?format=json").json();
    assertThat(before.at("/journal/cleared_before").asLong()).isZero();
    long last = before.at("/journal/last_seq").asLong();
    assertThat(last).isPositive();

    sim.control().reset();

    JsonNode after = sim.plainHttp().get("/__sim/?format=json").json();
    assertThat(after.at("/journal/cleared_before").asLong()).isGreaterThan(last);
  }

  @Test
  void formatJsonWinsOverTheAcceptHeaderAndTheSlashIsOptional() {
    HttpReply asked = sim.plainHttp().get("/__sim?format=json", "Accept", "text/html");

    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.json().get("name").asText()).isEqualTo("npay-preflight simulator");
  }

  @Test
  void servesTheDashboardPageToABrowser() {
    HttpReply page =
        sim.plainHttp()
            .get(
                "/__sim/",
                "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy")).contains("img-src 'none'");
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'sha256-")
        .doesNotContain("script-src 'unsafe-inline'");
    assertThat(page.body()).contains("결제 내역 (Payments)");
    assertThat(page.body()).doesNotContain("innerHTML");
    assertThat(sim.plainHttp().get("/__sim/").header("Content-Type")).startsWith("text/html");
  }

  @Test
  void refusesAnUnknownFormat() {
    HttpReply reply = sim.plainHttp().get("/__sim/?format=xml");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).contains("format must be json or html");
  }
}
