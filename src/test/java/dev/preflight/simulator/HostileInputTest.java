package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RawHttp;
import dev.preflight.support.RequestPayParams;
import dev.preflight.support.RunningSimulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The smallest hostile requests issue 11 found, one test each (examples 1, 2, 3, 4, 7 and 8): each
 * once gave a 5xx, a heap-sized body, a Java class name, Jetty's HTML page or a journal that could
 * no longer be read.
 */
class HostileInputTest {
  static final Pattern CLASS_NAME =
      Pattern.compile("\\b(java|javax|com|org|io)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*|Exception");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TENANT_KEY = "percent_key";

  @RegisterExtension final RunningSimulator sim = new RunningSimulator();

  @Test
  void hugeExponentsAreRefusedWithAShortMessage() {
    HttpReply clock = sim.plainHttp().postJson("/__sim/clock", "{\"set\":\"1e999999999\"}");
    assertThat(clock.status()).isEqualTo(400);
    assertThat(clock.body()).hasSizeLessThan(500);

    HttpReply page = sim.client().get("/payments/status/all?page=1e99999999", bearer(sim.client()));
    assertEnvelope(page, 400);
    assertThat(page.body()).hasSizeLessThan(500);

    HttpReply tiny =
        sim.client()
            .postJson(
                "/payments/prepare",
                "{\"merchant_uid\":\"m1\",\"amount\":\"1e-999999999\"}",
                bearer(sim.client()));
    assertEnvelope(tiny, 400);
    assertThat(tiny.body()).hasSizeLessThan(500);
  }

  @Test
  void deeplyNestedBodiesLeaveTheJournalReadable() {
    String nested = "[".repeat(998) + "]".repeat(998);
    HttpReply cancel = sim.client().postJson("/payments/cancel", "{\"imp_uid\":" + nested + "}");
    assertThat(cancel.status()).isBetween(400, 499);
    assertThat(cancel.json().get("code").asInt()).isEqualTo(-1);

    String report =
        "{\"user_code\":\"imp00000000\",\"params\":{\"pg\":\"naverpay\",\"custom_data\":"
            + nested
            + "}}";
    HttpReply sdk =
        sim.plainHttp().sendBody("POST", "/__sim/sdk/request_pay", "text/plain", report);
    assertThat(sdk.status()).isLessThan(500);

    HttpReply journal = sim.plainHttp().get("/__sim/journal");
    assertThat(journal.status()).isEqualTo(200);
    assertThat(journal.json().isArray()).isTrue();
  }

  @Test
  void aPercentSignInATenantsFailureMessageIsNotAFormatString() {
    String message = "50% 할인 쿠폰은 %s 이상에서 쓸 수 있어요";
    HttpReply tenant =
        sim.plainHttp()
            .postJson(
                "/__sim/tenants",
                Map.of(
                    "user_code",
                    "imp12345678",
                    "imp_key",
                    TENANT_KEY,
                    "imp_secret",
                    "percent_secret",
                    "minimum_amount",
                    1000,
                    "failure_messages",
                    Map.of("under_minimum", message)));
    assertThat(tenant.status()).isEqualTo(201);
    String[] auth = MerchantRestClient.bearer(sim.client().token(TENANT_KEY, "percent_secret"));
    sim.seedBillingKey(TENANT_KEY, "cust_pct");

    // again under the minimum: a failed payment carrying the tenant's text verbatim
    HttpReply again =
        sim.client()
            .postJson(
                "/subscribe/payments/again",
                Map.of(
                    "customer_uid",
                    "cust_pct",
                    "merchant_uid",
                    "again_1",
                    "amount",
                    500,
                    "name",
                    "x"),
                auth);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.response().get("fail_reason").asText()).isEqualTo(message);

    // the window's approval under the minimum
    ObjectNode report = JSON.createObjectNode().put("user_code", "imp12345678");
    report.set("params", RequestPayParams.naverPay("window_1", 500, true, null));
    HttpReply started =
        sim.plainHttp().sendBody("POST", "/__sim/sdk/request_pay", "text/plain", report.toString());
    assertThat(started.status()).isEqualTo(200);
    HttpReply approved =
        sim.client().postForm(started.json().get("window_path").asText(), "choice=approve");
    assertThat(approved.status()).isLessThan(500);
    assertThat(approved.body()).contains("50% 할인");

    // a scheduled charge of this tenant under the minimum does not stop another tenant's
    long now = sim.plainHttp().get("/__sim/clock").json().get("now").asLong();
    sim.client()
        .postJson(
            "/subscribe/payments/schedule",
            Map.of(
                "customer_uid",
                "cust_pct",
                "schedules",
                List.of(
                    Map.of("merchant_uid", "sched_pct", "schedule_at", now + 60, "amount", 500))),
            auth);
    sim.seedBillingKey(null, "cust_default");
    sim.client()
        .postJson(
            "/subscribe/payments/schedule",
            Map.of(
                "customer_uid",
                "cust_default",
                "schedules",
                List.of(
                    Map.of(
                        "merchant_uid",
                        "sched_default",
                        "schedule_at",
                        now + 120,
                        "amount",
                        5000))),
            bearer(sim.client()));
    HttpReply moved = sim.plainHttp().postJson("/__sim/clock", Map.of("advance_seconds", 300));
    assertThat(moved.status()).isEqualTo(200);
    HttpReply other = sim.client().get("/payments/find/sched_default", bearer(sim.client()));
    assertThat(other.response().get("status").asText()).isEqualTo("paid");
    HttpReply own = sim.client().get("/payments/find/sched_pct", auth);
    assertThat(own.response().get("fail_reason").asText()).isEqualTo(message);
  }

  @Test
  void numbersBeyondDoubleRangeAreRefusedNotCrashed() {
    for (String number : List.of("1e400", "1E309", "-1e400")) {
      HttpReply rest =
          sim.client()
              .postJson(
                  "/payments/prepare",
                  "{\"merchant_uid\":\"m1\",\"amount\":" + number + "}",
                  bearer(sim.client()));
      assertEnvelope(rest, 400);
      assertThat(rest.json().get("message").asText()).contains("amount");

      HttpReply control = sim.plainHttp().postJson("/__sim/clock", "{\"set\":" + number + "}");
      assertThat(control.status()).isEqualTo(400);
      assertThat(control.json().get("error").asText())
          .contains("set")
          .doesNotContain("Infinite", "NaN");
    }
  }

  @Test
  void theClockRefusesValuesThatBreakTime() {
    for (String body :
        List.of(
            "{\"set\":31556889864403200}",
            "{\"set\":9223372036854775807}",
            "{\"set\":-1}",
            "{\"advance_seconds\":9223372036854775000}",
            "{\"advance_seconds\":4102444800}")) {
      HttpReply moved = sim.plainHttp().postJson("/__sim/clock", body);
      assertThat(moved.status()).as(body).isEqualTo(400);
      assertThat(moved.json().get("error").asText()).as(body).hasSizeLessThan(200);
    }
    long now = sim.plainHttp().get("/__sim/clock").json().get("now").asLong();
    assertThat(now).isBetween(946_684_800L, 4_102_444_800L);
    // a token born now is still valid
    assertThat(sim.client().get("/payments/status/all", bearer(sim.client())).status())
        .isEqualTo(200);

    HttpReply reset = sim.plainHttp().postJson("/__sim/reset", "{\"tenants\":\"yes\"}");
    assertThat(reset.status()).isEqualTo(400);
    assertThat(reset.json().get("error").asText()).contains("tenants");
  }

  @Test
  void malformedHttpGetsTheEnvelopeNotJettysPage() throws Exception {
    String host = "Host: 127.0.0.1\r\nConnection: close\r\n";
    List<byte[]> requests =
        List.of(
            ascii("GET /payments/%ZZ HTTP/1.1\r\n" + host + "\r\n"),
            ascii("GET /payments/a%00b HTTP/1.1\r\n" + host + "\r\n"),
            ascii("GET /payments/%C0%AF HTTP/1.1\r\n" + host + "\r\n"),
            ascii(
                "GET /payments/a HTTP/1.1\r\n"
                    + host
                    + "X-Big: "
                    + "a".repeat(20_000)
                    + "\r\n\r\n"),
            ascii("GET /payments/" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n"),
            ascii(
                "POST /payments/cancel HTTP/1.1\r\n"
                    + host
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "zz\r\n{}\r\n0\r\n\r\n"));
    for (byte[] request : requests) {
      Raw reply = Raw.of(RawHttp.exchange(sim.baseUrl(), request));
      String shown = new String(request, 0, Math.min(60, request.length), StandardCharsets.UTF_8);
      assertThat(reply.status).as(shown).isBetween(400, 499);
      assertThat(reply.body).as(shown).doesNotContainIgnoringCase("<html");
      assertThat(CLASS_NAME.matcher(reply.body).find()).as(shown + ": " + reply.body).isFalse();
      JsonNode envelope = JSON.readTree(reply.body);
      assertThat(envelope.get("code").asInt()).as(shown).isEqualTo(-1);
      assertThat(envelope.has("message")).isTrue();
      assertThat(envelope.get("response").isNull()).isTrue();
    }

    // a multipart post to the window
    ObjectNode report = JSON.createObjectNode().put("user_code", "imp00000000");
    report.set("params", RequestPayParams.naverPay("mp_1", 5000, true, null));
    String window =
        sim.plainHttp()
            .sendBody("POST", "/__sim/sdk/request_pay", "text/plain", report.toString())
            .json()
            .get("window_path")
            .asText();
    for (String type : List.of("multipart/form-data; boundary=XX", "multipart/form-data")) {
      String body = "--YY\r\nnot a part\r\n";
      Raw multipart =
          Raw.of(
              RawHttp.exchange(
                  sim.baseUrl(),
                  ascii(
                      "POST "
                          + window
                          + " HTTP/1.1\r\n"
                          + host
                          + "Content-Type: "
                          + type
                          + "\r\nContent-Length: "
                          + body.length()
                          + "\r\n\r\n"
                          + body)));
      assertThat(multipart.status).as(type).isBetween(400, 499);
      assertThat(CLASS_NAME.matcher(multipart.body).find()).as(multipart.body).isFalse();
    }

    // trailing tokens named JsonNode's class
    HttpReply trailing =
        sim.client().postJson("/users/getToken", "{\"imp_key\":\"a\"} {\"imp_secret\":\"b\"}");
    assertEnvelope(trailing, 400);
    assertThat(CLASS_NAME.matcher(trailing.body()).find()).as(trailing.body()).isFalse();
  }

  private static void assertEnvelope(HttpReply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    JsonNode json = reply.json();
    assertThat(json.get("code").asInt()).isEqualTo(-1);
    assertThat(json.get("message").asText()).isNotBlank();
    assertThat(json.get("response").isNull()).isTrue();
    assertThat(CLASS_NAME.matcher(reply.body()).find()).as(reply.body()).isFalse();
  }

  private static String[] bearer(MerchantRestClient client) {
    return MerchantRestClient.bearer(client.defaultToken());
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A raw HTTP/1.1 answer: its status and its body (chunked bodies joined). */
  private record Raw(int status, String body) {
    static Raw of(byte[] bytes) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      assertThat(end).as("an HTTP answer: %s", text).isPositive();
      String head = text.substring(0, end);
      String body = text.substring(end + 4);
      if (head.toLowerCase().contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new Raw(Integer.parseInt(head.split(" ")[1]), body);
    }

    private static String unchunk(String body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = 0;
      while (true) {
        int line = body.indexOf("\r\n", at);
        int size = Integer.parseInt(body.substring(at, line).trim(), 16);
        if (size == 0) {
          return out.toString(StandardCharsets.UTF_8);
        }
        byte[] chunk = body.substring(line + 2).getBytes(StandardCharsets.UTF_8);
        out.write(chunk, 0, size);
        at = line + 2 + new String(chunk, 0, size, StandardCharsets.UTF_8).length() + 2;
      }
    }
  }
}
