package dev.preflight.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import dev.preflight.support.RunningSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input requirement as a generated corpus: every POST/PUT endpoint × each field it
 * reads × a list of mutations × both encodings, plus malformed JSON and form bodies, unknown paths,
 * wrong methods, oversized bodies, bad query values and bad control-API calls. Each case must get
 * an i'mport envelope ({@code {"error": …}} under {@code /__sim/}) with the expected status, never
 * a 5xx or a stack trace, and must leave the ledger exactly as it was.
 *
 * <p>Every case starts from the same fresh state: a paid payment, a billing key, a prepared amount
 * and a booked schedule, so that the valid form of each request would change the ledger ({@link
 * #validRequestsChangeTheLedger} proves it). One simulator serves the whole class and is reset
 * (tenants included) and re-seeded before each case: a new simulator per case gives the same
 * isolation but pays a server start and cold connections every time, which made the ~1,100 cases
 * take about two minutes instead of seconds.
 *
 * <p>Expected statuses follow iamport-v1-facts.md §2: parameter errors are 400 with code -1;
 * refusals the gateway makes as business decisions (unknown imp_uid, checksum mismatch, a schedule
 * in the past, …) are HTTP 200 with a non-zero code. Some wrong-looking values are valid on purpose
 * and so stay out of the corpus: a numeric string such as "1000" where a number is expected (forms
 * only carry strings, and PHP merchants JSON-encode $_POST strings; see Params), a blank string
 * where an optional number is expected (absent), and numbers or booleans where text is expected
 * (read as text). {@link #validRequests} pins the numeric-string decision.
 */
class BadInputCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAID_IMP_UID = "__PAID_IMP_UID__";
  private static final String PAD = "__PAD__";
  private static final int MAX_BODY = (int) SimulatorSettings.DEFAULT_MAX_BODY_BYTES;
  private static final long FUTURE = System.currentTimeMillis() / 1000 + 30L * 24 * 60 * 60;
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON_TYPE = "application/json";
  private static final List<String> STACK_TRACE_MARKERS =
      List.of("Exception", "at dev.", "java.", "\tat ");

  @RegisterExtension static final ClassScoped SIM = new ClassScoped();

  // Shared so that connections stay warm across cases.
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final RunningSimulator sim = SIM.simulator;
  private String token;
  private String paidImpUid;

  /** {@link RunningSimulator} starts a server per test; this keeps one for the whole class. */
  static final class ClassScoped implements BeforeAllCallback, AfterAllCallback {
    final RunningSimulator simulator = new RunningSimulator();

    @Override
    public void beforeAll(ExtensionContext context) {
      simulator.beforeEach(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      simulator.afterEach(context);
    }
  }

  /** The state every case starts from: each valid request below would change it. */
  @BeforeEach
  void seed() {
    sim.simulator().reset(true);
    MerchantRestClient client = sim.client();
    token = client.defaultToken();
    paidImpUid = sim.seedPayment("order-paid", 10_000, "paid");
    sim.seedBillingKey(null, "cust-1");
    String[] auth = MerchantRestClient.bearer(token);
    expectSuccess(
        client.postJson(
            "/payments/prepare", Map.of("merchant_uid", "order-prep", "amount", 5000), auth));
    expectSuccess(
        client.postJson(
            "/subscribe/payments/schedule",
            Map.of(
                "customer_uid",
                "cust-1",
                "schedules",
                List.of(
                    Map.of(
                        "merchant_uid",
                        "sched-booked",
                        "schedule_at",
                        FUTURE,
                        "amount",
                        3000,
                        "name",
                        "정기결제"))),
            auth));
  }

  private static void expectSuccess(HttpReply reply) {
    assertThat(reply.status()).as("seeding: %s", reply.body()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------
  // The tests: one per group, so that the report groups the cases.

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldMutations")
  void fieldMutationIsRefused(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("businessRefusals")
  void businessRefusalChangesNothing(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedJson")
  void malformedJsonIsRefused(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedForms")
  void malformedFormIsRefused(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTokens")
  void badTokenIsRefused(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownPathsAndWrongMethods")
  void unknownPathOrWrongMethodIsRefused(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oversizedBodies")
  void oversizedBodyIsRefused(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void badQueryIsRefused(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badControlCalls")
  void badControlCallIsRefused(Case c) {
    check(c);
  }

  /**
   * The corpus is only meaningful if the unmutated requests work and change the ledger: otherwise
   * "the ledger did not change" would prove nothing.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("validRequests")
  void validRequestsChangeTheLedger(Case c) {
    String before = sim.ledgerFingerprint();
    HttpReply reply = send(c);
    assertThat(reply.status()).as("%s: %s", c, reply.body()).isEqualTo(200);
    assertThat(reply.json().path("code").asInt(-99)).as("%s: %s", c, reply.body()).isZero();
    if (!c.path().equals("/users/getToken")) {
      assertThat(sim.ledgerFingerprint()).as("%s changed the ledger", c).isNotEqualTo(before);
    }
  }

  private void check(Case c) {
    String before = sim.ledgerFingerprint();
    HttpReply reply = send(c);
    String seen = reply.status() + " " + reply.body();
    assertThat(reply.status()).as("%s never a 5xx: %s", c, seen).isLessThan(500);
    assertThat(reply.status()).as("%s status: %s", c, seen).isEqualTo(c.status());
    assertThat(reply.header("Content-Type")).as("%s content type", c).startsWith(JSON_TYPE);
    for (String marker : STACK_TRACE_MARKERS) {
      assertThat(reply.body()).as("%s leaks a stack trace", c).doesNotContain(marker);
    }
    JsonNode body = reply.json();
    if (c.path().startsWith("/__sim")) {
      assertThat(body.isObject()).as("%s is a JSON object: %s", c, seen).isTrue();
      assertThat(body.path("error").isTextual()).as("%s has an error: %s", c, seen).isTrue();
      assertThat(body.path("error").asText()).as("%s error: %s", c, seen).isNotBlank();
    } else {
      List<String> keys = new ArrayList<>();
      body.fieldNames().forEachRemaining(keys::add);
      assertThat(keys)
          .as("%s is an envelope: %s", c, seen)
          .containsExactlyInAnyOrder("code", "message", "response");
      assertThat(body.get("code").isIntegralNumber()).as("%s code: %s", c, seen).isTrue();
      assertThat(body.get("code").asInt()).as("%s code: %s", c, seen).isNotZero();
      assertThat(body.get("message").isTextual()).as("%s message: %s", c, seen).isTrue();
      assertThat(body.get("message").asText()).as("%s message: %s", c, seen).isNotBlank();
      assertThat(body.get("response").isNull()).as("%s response: %s", c, seen).isTrue();
    }
    assertThat(sim.ledgerFingerprint()).as("%s changed the ledger: %s", c, seen).isEqualTo(before);
  }

  // ---------------------------------------------------------------------------------------------
  // Endpoints and the fields they read.

  private enum Kind {
    REQUIRED_TEXT,
    OPTIONAL_TEXT,
    /** A string or an array of strings (unschedule's merchant_uid, notice_url). */
    TEXTS,
    REQUIRED_AMOUNT,
    OPTIONAL_AMOUNT,
    /** A UNIX time: schedule_at. */
    REQUIRED_INTEGER,
    OBJECT,
    OBJECT_ARRAY,
    FLAG
  }

  /**
   * A field of an endpoint: where it sits in the body, what it must be, and a valid value to wrap
   * in array and object mutations (cancel's merchant_uid is deliberately absent from the valid
   * body).
   */
  private record Field(List<Object> path, Kind kind, Object sample) {
    String label() {
      return label(path);
    }

    static String label(List<Object> path) {
      StringBuilder out = new StringBuilder();
      for (Object step : path) {
        out.append(step instanceof Integer i ? "[" + i + "]" : (out.isEmpty() ? "" : ".") + step);
      }
      return out.toString();
    }
  }

  private record Endpoint(
      String name, String method, String path, Map<String, Object> valid, List<Field> fields) {}

  private static Field field(Kind kind, Object sample, Object... path) {
    return new Field(List.of(path), kind, sample);
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static List<Endpoint> endpoints() {
    Endpoint token =
        new Endpoint(
            "getToken",
            "POST",
            "/users/getToken",
            map("imp_key", "preflight_key", "imp_secret", "preflight_secret"),
            List.of(
                field(Kind.REQUIRED_TEXT, "preflight_key", "imp_key"),
                field(Kind.REQUIRED_TEXT, "preflight_secret", "imp_secret")));
    // No merchant_uid in the valid cancel: with it, a missing imp_uid would still be a valid
    // cancel.
    Endpoint cancel =
        new Endpoint(
            "cancel",
            "POST",
            "/payments/cancel",
            map(
                "imp_uid",
                PAID_IMP_UID,
                "amount",
                1000,
                "tax_free",
                0,
                "vat_amount",
                0,
                "checksum",
                10_000,
                "reason",
                "단순 변심",
                "enable_webhook",
                false,
                "extra",
                map("requester", "customer")),
            List.of(
                field(Kind.REQUIRED_TEXT, PAID_IMP_UID, "imp_uid"),
                field(Kind.OPTIONAL_TEXT, "order-paid", "merchant_uid"),
                field(Kind.OPTIONAL_AMOUNT, 1000, "amount"),
                field(Kind.OPTIONAL_AMOUNT, 0, "tax_free"),
                field(Kind.OPTIONAL_AMOUNT, 0, "vat_amount"),
                field(Kind.OPTIONAL_AMOUNT, 10_000, "checksum"),
                field(Kind.OPTIONAL_TEXT, "단순 변심", "reason"),
                field(Kind.FLAG, false, "enable_webhook"),
                field(Kind.OBJECT, map("requester", "customer"), "extra"),
                field(Kind.OPTIONAL_TEXT, "customer", "extra", "requester")));
    List<Field> prepareFields =
        List.of(
            field(Kind.REQUIRED_TEXT, "order-new", "merchant_uid"),
            field(Kind.REQUIRED_AMOUNT, 5000, "amount"),
            field(Kind.OPTIONAL_TEXT, "KRW", "currency"));
    Endpoint prepare =
        new Endpoint(
            "prepare",
            "POST",
            "/payments/prepare",
            map("merchant_uid", "order-new", "amount", 5000, "currency", "KRW"),
            prepareFields);
    Endpoint prepareUpdate =
        new Endpoint(
            "prepare PUT",
            "PUT",
            "/payments/prepare",
            map("merchant_uid", "order-prep", "amount", 6000, "currency", "KRW"),
            prepareFields);
    Endpoint again =
        new Endpoint(
            "again",
            "POST",
            "/subscribe/payments/again",
            map(
                "customer_uid", "cust-1",
                "merchant_uid", "order-again",
                "amount", 3000,
                "name", "정기결제 1회차",
                "tax_free", 0,
                "currency", "KRW",
                "buyer_name", "김구매",
                "extra", map("naverUseCfm", "20301231")),
            List.of(
                field(Kind.REQUIRED_TEXT, "cust-1", "customer_uid"),
                field(Kind.REQUIRED_TEXT, "order-again", "merchant_uid"),
                field(Kind.REQUIRED_AMOUNT, 3000, "amount"),
                field(Kind.REQUIRED_TEXT, "정기결제 1회차", "name"),
                field(Kind.OPTIONAL_AMOUNT, 0, "tax_free"),
                field(Kind.OPTIONAL_TEXT, "KRW", "currency"),
                field(Kind.OPTIONAL_TEXT, "김구매", "buyer_name"),
                field(Kind.TEXTS, "http://127.0.0.1:9/hook", "notice_url"),
                field(Kind.OBJECT, map("naverUseCfm", "20301231"), "extra"),
                field(Kind.OPTIONAL_TEXT, "20301231", "extra", "naverUseCfm")));
    Map<String, Object> entry =
        map(
            "merchant_uid",
            "sched-new",
            "schedule_at",
            FUTURE,
            "amount",
            3000,
            "tax_free",
            0,
            "name",
            "정기결제",
            "extra",
            map("naverUseCfm", "20301231"));
    Endpoint schedule =
        new Endpoint(
            "schedule",
            "POST",
            "/subscribe/payments/schedule",
            map("customer_uid", "cust-1", "schedules", List.of(entry)),
            List.of(
                field(Kind.REQUIRED_TEXT, "cust-1", "customer_uid"),
                field(Kind.OBJECT_ARRAY, List.of(entry), "schedules"),
                field(Kind.REQUIRED_TEXT, "sched-new", "schedules", 0, "merchant_uid"),
                field(Kind.REQUIRED_INTEGER, FUTURE, "schedules", 0, "schedule_at"),
                field(Kind.REQUIRED_AMOUNT, 3000, "schedules", 0, "amount"),
                field(Kind.OPTIONAL_AMOUNT, 0, "schedules", 0, "tax_free"),
                field(Kind.OPTIONAL_TEXT, "정기결제", "schedules", 0, "name"),
                field(Kind.TEXTS, "http://127.0.0.1:9/hook", "schedules", 0, "notice_url"),
                field(Kind.OBJECT, map("naverUseCfm", "20301231"), "schedules", 0, "extra"),
                field(Kind.OPTIONAL_TEXT, "20301231", "schedules", 0, "extra", "naverUseCfm")));
    Endpoint unschedule =
        new Endpoint(
            "unschedule",
            "POST",
            "/subscribe/payments/unschedule",
            map("customer_uid", "cust-1", "merchant_uid", List.of("sched-booked")),
            List.of(
                field(Kind.REQUIRED_TEXT, "cust-1", "customer_uid"),
                field(Kind.TEXTS, List.of("sched-booked"), "merchant_uid")));
    return List.of(token, cancel, prepare, prepareUpdate, again, schedule, unschedule);
  }

  private static Endpoint endpoint(String name) {
    return endpoints().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // Mutations.

  private enum Encoding {
    JSON,
    FORM
  }

  private enum Mutation {
    MISSING("missing"),
    NULL("null"),
    NOT_A_NUMBER("\"abc\""),
    NUMERIC_STRING("\"1000\" as a string"),
    NEGATIVE("negative -1000"),
    FRACTIONAL("fractional 1000.5"),
    ENORMOUS_EXPONENT("enormous 1e20"),
    ENORMOUS_DIGITS("enormous 99999999999999999999"),
    ZERO("zero"),
    BOOLEAN("boolean true"),
    ARRAY("array [valid]"),
    EMPTY_ARRAY("empty array"),
    OBJECT("object {value: valid}"),
    ARRAY_OF_OBJECTS("array of objects"),
    EMPTY("empty string"),
    WHITESPACE("whitespace");

    final String label;

    Mutation(String label) {
      this.label = label;
    }

    /** The mutated value; empty when this encoding cannot say it (a form has no null, no []). */
    Optional<Object> value(Object sample, Encoding encoding) {
      boolean form = encoding == Encoding.FORM;
      return switch (this) {
        case MISSING -> Optional.of(REMOVE);
        case NULL -> form ? Optional.empty() : Optional.of(JSON_NULL);
        case NOT_A_NUMBER -> Optional.of("abc");
        case NUMERIC_STRING -> Optional.of("1000");
        case NEGATIVE -> Optional.of(-1000L);
        case FRACTIONAL -> Optional.of(new BigDecimal("1000.5"));
        case ENORMOUS_EXPONENT -> Optional.of(form ? "1e20" : new RawValue("1e20"));
        case ENORMOUS_DIGITS -> Optional.of(new BigInteger("99999999999999999999"));
        case ZERO -> Optional.of(0L);
        case BOOLEAN -> Optional.of(true);
        case ARRAY -> Optional.of(List.of(sample));
        case EMPTY_ARRAY -> form ? Optional.empty() : Optional.of(List.of());
        case OBJECT -> Optional.of(map("value", sample));
        case ARRAY_OF_OBJECTS -> Optional.of(List.of(map("x", "1")));
        case EMPTY -> Optional.of("");
        case WHITESPACE -> Optional.of("   ");
      };
    }
  }

  private static final Object REMOVE = new Object();
  private static final Object JSON_NULL = new Object();

  /**
   * The status a mutation of a field of this kind must get, or empty when the mutated request is
   * still valid (the gateway's lenient reading) and so does not belong in the bad corpus.
   */
  private static Optional<Integer> expected(Kind kind, Mutation m) {
    boolean bad =
        switch (kind) {
          case REQUIRED_TEXT ->
              switch (m) {
                case MISSING,
                    NULL,
                    EMPTY,
                    WHITESPACE,
                    ARRAY,
                    EMPTY_ARRAY,
                    OBJECT,
                    ARRAY_OF_OBJECTS ->
                    true;
                default -> false; // numbers and booleans are read as text
              };
          case OPTIONAL_TEXT ->
              switch (m) {
                case ARRAY, EMPTY_ARRAY, OBJECT, ARRAY_OF_OBJECTS -> true;
                default -> false;
              };
          case TEXTS ->
              switch (m) {
                case OBJECT, ARRAY_OF_OBJECTS -> true;
                default -> false; // a string, an array of strings, or nothing are all fine
              };
          case REQUIRED_AMOUNT, REQUIRED_INTEGER ->
              switch (m) {
                case NUMERIC_STRING -> false; // "1000" is 1000, in a form and in JSON
                default -> true;
              };
          case OPTIONAL_AMOUNT ->
              switch (m) {
                case MISSING, NULL, ZERO -> false; // absent or 0: no cancel limit, full cancel
                case NUMERIC_STRING, EMPTY, WHITESPACE -> false; // "1000" is 1000; blank is absent
                default -> true;
              };
          case OBJECT ->
              switch (m) {
                case NOT_A_NUMBER,
                    NUMERIC_STRING,
                    NEGATIVE,
                    BOOLEAN,
                    ARRAY,
                    EMPTY_ARRAY,
                    ARRAY_OF_OBJECTS,
                    EMPTY,
                    WHITESPACE ->
                    true;
                default -> false;
              };
          case OBJECT_ARRAY ->
              switch (m) {
                case MISSING,
                    NULL,
                    NOT_A_NUMBER,
                    NEGATIVE,
                    BOOLEAN,
                    ARRAY,
                    EMPTY_ARRAY,
                    OBJECT,
                    ARRAY_OF_OBJECTS,
                    EMPTY,
                    WHITESPACE ->
                    true;
                default -> false;
              };
          case FLAG ->
              switch (m) {
                case NOT_A_NUMBER,
                    NUMERIC_STRING,
                    NEGATIVE,
                    FRACTIONAL,
                    ENORMOUS_EXPONENT,
                    ENORMOUS_DIGITS,
                    ARRAY,
                    EMPTY_ARRAY,
                    OBJECT,
                    ARRAY_OF_OBJECTS ->
                    true;
                default -> false; // true/false/1/0/Y/N and an empty value are all flags
              };
        };
    if (!bad) {
      return Optional.empty();
    }
    // A schedule_at of 0 or -1000 is a well-formed time in the past: the gateway refuses the
    // schedule as a business decision (HTTP 200, code 1) rather than as a bad parameter.
    if (kind == Kind.REQUIRED_INTEGER && (m == Mutation.ZERO || m == Mutation.NEGATIVE)) {
      return Optional.of(200);
    }
    return Optional.of(400);
  }

  static Stream<Case> fieldMutations() {
    List<Case> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Field field : endpoint.fields()) {
        for (Mutation mutation : Mutation.values()) {
          for (Encoding encoding : Encoding.values()) {
            Optional<Object> value = mutation.value(field.sample(), encoding);
            Optional<Integer> status = expected(field.kind(), mutation);
            if (value.isEmpty() || status.isEmpty()) {
              continue;
            }
            Map<String, Object> body = with(endpoint.valid(), field.path(), value.get());
            cases.add(
                request(
                    endpoint, encoding, body, field.label() + " " + mutation.label, status.get()));
          }
        }
      }
    }
    return cases.stream();
  }

  /**
   * Well-formed values that the ledger must refuse: the gateway's business refusals (200 with a
   * non-zero code, or 404/401 where the facts say so), each in both encodings.
   */
  static Stream<Case> businessRefusals() {
    record Refusal(String endpoint, List<Object> path, Object value, String label, int status) {}
    String tooLong = "m".repeat(41);
    List<Refusal> refusals =
        List.of(
            new Refusal("getToken", List.of("imp_secret"), "wrong", "wrong secret", 401),
            new Refusal("getToken", List.of("imp_key"), "nobody_key", "unknown key", 401),
            new Refusal("getToken", List.of("imp_key"), 42, "number as key", 401),
            new Refusal("cancel", List.of("imp_uid"), "imp_000000000000", "unknown imp_uid", 200),
            new Refusal("cancel", List.of("amount"), 10_001, "amount over the balance", 200),
            new Refusal("cancel", List.of("amount"), 99_999_999_999L, "amount at the cap", 200),
            new Refusal("cancel", List.of("checksum"), 9999, "checksum mismatch", 200),
            new Refusal("cancel", List.of("checksum"), 0, "checksum 0", 200),
            new Refusal("cancel", List.of("tax_free"), 5000, "tax_free over the amount", 200),
            new Refusal("prepare", List.of("merchant_uid"), tooLong, "41 characters", 400),
            new Refusal("prepare", List.of("merchant_uid"), "order-prep", "registered", 200),
            new Refusal("prepare PUT", List.of("merchant_uid"), tooLong, "41 characters", 400),
            new Refusal("prepare PUT", List.of("merchant_uid"), "order-nope", "unregistered", 404),
            new Refusal("again", List.of("customer_uid"), "cust-nope", "unknown customer", 200),
            new Refusal("again", List.of("merchant_uid"), "order-paid", "already paid", 200),
            new Refusal("again", List.of("merchant_uid"), "sched-booked", "scheduled", 200),
            new Refusal(
                "again", List.of("merchant_uid"), "order-prep", "prepared with 5000 won", 200),
            new Refusal("schedule", List.of("customer_uid"), "cust-nope", "unknown customer", 200),
            new Refusal(
                "schedule",
                List.of("schedules", 0, "merchant_uid"),
                "order-paid",
                "already paid",
                200),
            new Refusal(
                "schedule",
                List.of("schedules", 0, "merchant_uid"),
                "sched-booked",
                "already scheduled",
                200),
            new Refusal(
                "schedule",
                List.of("schedules", 0, "schedule_at"),
                System.currentTimeMillis() / 1000 - 60,
                "a minute ago",
                200),
            new Refusal(
                "unschedule", List.of("customer_uid"), "cust-nope", "unknown customer", 200),
            new Refusal(
                "unschedule", List.of("merchant_uid"), List.of("sched-nope"), "unknown", 200));
    List<Case> cases = new ArrayList<>();
    for (Refusal r : refusals) {
      Endpoint endpoint = endpoint(r.endpoint());
      String label = Field.label(r.path()) + " " + r.label();
      for (Encoding encoding : Encoding.values()) {
        cases.add(
            request(
                endpoint,
                encoding,
                with(endpoint.valid(), r.path(), r.value()),
                label,
                r.status()));
      }
    }
    // Schedules are booked all or none: a bad second entry must not leave the first one booked.
    Endpoint schedule = endpoint("schedule");
    Map<String, Object> first =
        map("merchant_uid", "sched-a", "schedule_at", FUTURE, "amount", 3000);
    for (Encoding encoding : Encoding.values()) {
      cases.add(
          request(
              schedule,
              encoding,
              map(
                  "customer_uid",
                  "cust-1",
                  "schedules",
                  List.of(
                      first, map("merchant_uid", "sched-b", "schedule_at", FUTURE, "amount", -1))),
              "second schedule has a negative amount",
              400));
      cases.add(
          request(
              schedule,
              encoding,
              map("customer_uid", "cust-1", "schedules", List.of(first, first)),
              "two schedules share a merchant_uid",
              200));
    }
    return cases.stream();
  }

  // ---------------------------------------------------------------------------------------------
  // Malformed bodies.

  static Stream<Case> malformedJson() {
    List<Case> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      String valid = json(endpoint.valid());
      Map<String, byte[]> bodies = new LinkedHashMap<>();
      bodies.put("truncated at half", utf8(valid.substring(0, valid.length() / 2)));
      bodies.put("missing the closing brace", utf8(valid.substring(0, valid.length() - 1)));
      bodies.put("trailing garbage", utf8(valid + " xyz"));
      bodies.put("trailing brace", utf8(valid + "}"));
      bodies.put("two objects", utf8(valid + valid));
      bodies.put("trailing comma", utf8(valid.substring(0, valid.length() - 1) + ",}"));
      bodies.put("single quotes", utf8(valid.replace('"', '\'')));
      bodies.put("unquoted keys", utf8(valid.replaceAll("\"(\\w+)\":", "$1:")));
      bodies.put("a comment", utf8("/* hi */" + valid));
      bodies.put("NaN value", utf8(valid.substring(0, valid.length() - 1) + ",\"amount\":NaN}"));
      bodies.put("raw newline in a string", utf8(valid.replaceFirst("\":\"", "\":\"a\nb")));
      bodies.put("top-level []", utf8("[]"));
      bodies.put("top-level [valid]", utf8("[" + valid + "]"));
      bodies.put("top-level \"x\"", utf8("\"x\""));
      bodies.put("top-level 42", utf8("42"));
      bodies.put("top-level true", utf8("true"));
      bodies.put("top-level null", utf8("null"));
      bodies.put("empty object", utf8("{}"));
      bodies.put("empty body", new byte[0]);
      bodies.put("whitespace body", utf8(" \n\t "));
      bodies.put("invalid UTF-8 inside a string", invalidUtf8InString(valid));
      bodies.put(
          "invalid UTF-8 outside strings", concat(new byte[] {(byte) 0xC3, 0x28}, utf8(valid)));
      bodies.put(
          "deeply nested arrays", utf8("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
      bodies.put("deeply nested objects", utf8("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
      bodies.put("form body sent as JSON", utf8(form(endpoint.valid())));
      for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
        cases.add(
            new Case(
                endpoint.name() + " · JSON · " + body.getKey() + " → 400",
                endpoint.method(),
                endpoint.path(),
                JSON_TYPE,
                body.getValue(),
                Auth.VALID,
                400));
      }
      // Without a content type the body is sniffed: it still must not pass as a request.
      cases.add(
          new Case(
              endpoint.name() + " · no content type · top-level [valid] → 400",
              endpoint.method(),
              endpoint.path(),
              null,
              utf8("[" + valid + "]"),
              Auth.VALID,
              400));
      cases.add(
          new Case(
              endpoint.name() + " · multipart/form-data → 400",
              endpoint.method(),
              endpoint.path(),
              "multipart/form-data; boundary=x",
              utf8("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"),
              Auth.VALID,
              400));
    }
    return cases.stream();
  }

  private static byte[] invalidUtf8InString(String valid) {
    int quote = valid.indexOf("\":\"") + 3;
    return concat(
        utf8(valid.substring(0, quote)),
        new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3},
        utf8(valid.substring(quote)));
  }

  /**
   * Broken form encodings, each appended to an otherwise valid form body, so that a parser that
   * skipped the broken part would carry out the request.
   */
  static Stream<Case> malformedForms() {
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("%zz in a value", "reason=%zz");
    broken.put("%zz in a name", "%zz=1");
    broken.put("lone % at the end", "reason=abc%");
    broken.put("truncated %e", "reason=%e");
    broken.put("unclosed bracket a[b=1", "a[b=1");
    broken.put("unclosed bracket extra[requester=admin", "extra[requester=admin");
    broken.put("reversed brackets a]b[=1", "a]b[=1");
    broken.put("text after brackets a[b]c=1", "a[b]c=1");
    broken.put("conflicting a=1&a[b]=2", "a=1&a[b]=2");
    broken.put("conflicting a[b]=2&a=1", "a[b]=2&a=1");
    broken.put("conflicting extra=x&extra[requester]=admin", "extra=x&extra[requester]=admin");
    broken.put("nested nine levels deep", "a[b][c][d][e][f][g][h][i]=1");
    List<Case> cases = new ArrayList<>();
    for (String name : List.of("cancel", "again", "schedule", "getToken")) {
      Endpoint endpoint = endpoint(name);
      String valid = form(endpoint.valid());
      String first = endpoint.valid().keySet().iterator().next();
      Map<String, String> pieces = new LinkedHashMap<>(broken);
      pieces.put("conflicting " + first + "[x]=1 after " + first, first + "[x]=1");
      for (Map.Entry<String, String> b : pieces.entrySet()) {
        cases.add(
            new Case(
                name + " · FORM · " + b.getKey() + " → 400",
                endpoint.method(),
                endpoint.path(),
                FORM,
                utf8(valid + "&" + b.getValue()),
                Auth.VALID,
                400));
      }
      cases.add(
          new Case(
              name + " · FORM · raw invalid UTF-8 bytes → 400",
              endpoint.method(),
              endpoint.path(),
              FORM,
              concat(utf8(valid + "&reason="), new byte[] {(byte) 0xFF, (byte) 0xFE}),
              Auth.VALID,
              400));
      cases.add(
          new Case(
              name + " · FORM · JSON body sent as a form → 400",
              endpoint.method(),
              endpoint.path(),
              FORM,
              utf8(json(endpoint.valid())),
              Auth.VALID,
              400));
      cases.add(
          new Case(
              name + " · FORM · %zz in the query string → 400",
              endpoint.method(),
              endpoint.path() + "?reason=%zz",
              FORM,
              utf8(valid),
              Auth.VALID,
              400));
    }
    Endpoint schedule = endpoint("schedule");
    cases.add(
        new Case(
            "schedule · FORM · index too large schedules[99999] → 400",
            "POST",
            schedule.path(),
            FORM,
            utf8(
                form(map("customer_uid", "cust-1"))
                    + "&schedules[99999][merchant_uid]=s1&schedules[99999][schedule_at]="
                    + FUTURE
                    + "&schedules[99999][amount]=3000"),
            Auth.VALID,
            400));
    return cases.stream();
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens, paths, methods, sizes.

  static Stream<Case> badTokens() {
    List<Case> cases = new ArrayList<>();
    Map<String, Auth> auths = new LinkedHashMap<>();
    auths.put("no token", Auth.NONE);
    auths.put("unknown token", Auth.UNKNOWN);
    auths.put("empty Bearer", Auth.EMPTY_BEARER);
    auths.put("Basic credentials", Auth.BASIC);
    auths.put("unknown X-ImpTokenHeader", Auth.LEGACY_HEADER);
    auths.put("unknown ?_token=", Auth.QUERY);
    for (Endpoint endpoint : endpoints()) {
      if (endpoint.name().equals("getToken")) {
        continue;
      }
      for (Map.Entry<String, Auth> auth : auths.entrySet()) {
        cases.add(
            new Case(
                endpoint.name() + " · " + auth.getKey() + " → 401",
                endpoint.method(),
                endpoint.path(),
                JSON_TYPE,
                utf8(json(endpoint.valid())),
                auth.getValue(),
                401));
      }
    }
    return cases.stream();
  }

  static Stream<Case> unknownPathsAndWrongMethods() {
    List<Case> cases = new ArrayList<>();
    String cancel = json(endpoint("cancel").valid());
    String again = json(endpoint("again").valid());
    String seedPayment = json(map("merchant_uid", "order-x", "amount", 1000));
    Object[][] table = {
      // method, path, body, status
      // A typo that matches GET /payments/{imp_uid}: the path exists, POST does not.
      {"POST", "/payments/cancels", cancel, 405},
      {"POST", "/payment/cancel", cancel, 404},
      {"POST", "/payments/cancel/now", cancel, 404},
      {"POST", "/users/gettoken", "{}", 404},
      {"POST", "/subscribe/payments/again/now", again, 404},
      {"POST", "/v2/payments/cancel", cancel, 404},
      {"GET", "/", null, 404},
      {"GET", "/nope", null, 404},
      {"GET", "/payments/" + PAID_IMP_UID + "/naver/nope", null, 404},
      {"GET", "/subscribe/nope/cust-1", null, 404},
      {"POST", "/__sim/nope", seedPayment, 404},
      {"POST", "/__sim/payments/extra", seedPayment, 404},
      // GET /__sim is the dashboard now; an unknown page under it is still a 404.
      {"GET", "/__sim/nope", null, 404},
      {"POST", "/__sim", seedPayment, 405},
      {"DELETE", "/payments/cancel", cancel, 405},
      {"PUT", "/payments/cancel", cancel, 405},
      {"PATCH", "/payments/cancel", cancel, 405},
      {"PUT", "/users/getToken", "{}", 405},
      {"GET", "/users/getToken", null, 405},
      {"DELETE", "/users/getToken", null, 405},
      {"POST", "/payments/" + PAID_IMP_UID, cancel, 405},
      {"PUT", "/payments/" + PAID_IMP_UID, cancel, 405},
      {"DELETE", "/payments/" + PAID_IMP_UID, null, 405},
      {"PATCH", "/payments/prepare", json(endpoint("prepare PUT").valid()), 405},
      {"DELETE", "/payments/prepare", null, 405},
      {"GET", "/subscribe/payments/again", null, 405},
      {"PUT", "/subscribe/payments/again", again, 405},
      {"PUT", "/subscribe/payments/schedule", json(endpoint("schedule").valid()), 405},
      {"DELETE", "/subscribe/payments/schedule", null, 405},
      {"GET", "/subscribe/payments/unschedule", null, 405},
      {"DELETE", "/subscribe/payments/unschedule", json(endpoint("unschedule").valid()), 405},
      {"PUT", "/subscribe/customers/cust-1", "{}", 405},
      {"PATCH", "/subscribe/customers/cust-1", "{}", 405},
      {"PUT", "/__sim/payments", seedPayment, 405},
      {"DELETE", "/__sim/payments", null, 405},
      {"GET", "/__sim/reset", null, 405},
      {"DELETE", "/__sim/reset", null, 405},
      {"DELETE", "/__sim/clock", null, 405},
      {"PUT", "/__sim/tenants", "{}", 405},
      {"GET", "/__sim/billing-keys", null, 405},
    };
    for (Object[] row : table) {
      String body = (String) row[2];
      int status = (int) row[3];
      cases.add(
          new Case(
              row[0] + " " + row[1] + " → " + status,
              (String) row[0],
              (String) row[1],
              body == null ? null : JSON_TYPE,
              body == null ? null : utf8(body),
              Auth.VALID,
              status));
    }
    return cases.stream();
  }

  /**
   * Bodies one byte over the cap, so the cap is exact, with a Content-Length and chunked (where the
   * size is only known once read), on both surfaces. The padding is in a field a valid request may
   * carry, so an uncapped server would carry the request out.
   */
  static Stream<Case> oversizedBodies() {
    List<Case> cases = new ArrayList<>();
    String cancel = "{\"imp_uid\":\"" + PAID_IMP_UID + "\",\"reason\":\"" + PAD + "\"}";
    String cancelForm = "imp_uid=" + PAID_IMP_UID + "&reason=" + PAD;
    String token =
        "{\"imp_key\":\"preflight_key\",\"imp_secret\":\"preflight_secret\",\"x\":\"" + PAD + "\"}";
    String seedPayment =
        "{\"merchant_uid\":\"order-big\",\"amount\":1000,\"name\":\"" + PAD + "\"}";
    String reset = "{\"tenants\":false,\"pad\":\"" + PAD + "\"}";
    Object[][] table = {
      {"POST", "/payments/cancel", JSON_TYPE, cancel},
      {"POST", "/payments/cancel", FORM, cancelForm},
      {"POST", "/users/getToken", JSON_TYPE, token},
      {"POST", "/__sim/payments", JSON_TYPE, seedPayment},
      {"POST", "/__sim/reset", JSON_TYPE, reset},
    };
    for (Object[] row : table) {
      for (boolean chunked : List.of(false, true)) {
        for (int size : List.of(MAX_BODY + 1, 4 * MAX_BODY)) {
          String how = chunked ? "chunked" : "with Content-Length";
          String sizeName = size == MAX_BODY + 1 ? "1 MiB + 1 byte" : "4 MiB";
          cases.add(
              new Case(
                  row[0]
                      + " "
                      + row[1]
                      + " · "
                      + typeName((String) row[2])
                      + " · "
                      + sizeName
                      + " "
                      + how
                      + " → 413",
                  (String) row[0],
                  (String) row[1],
                  (String) row[2],
                  utf8((String) row[3]),
                  Auth.VALID,
                  413,
                  chunked,
                  size));
        }
      }
    }
    return cases.stream();
  }

  private static String typeName(String contentType) {
    return contentType.equals(FORM) ? "FORM" : "JSON";
  }

  // ---------------------------------------------------------------------------------------------
  // Queries of GET (and DELETE) endpoints.

  static Stream<Case> badQueries() {
    List<String> ids = IntStream.range(0, 101).mapToObj(i -> "imp_uid[]=imp_" + i).toList();
    Object[][] table = {
      {"GET", "/payments/status/bogus", 400},
      {"GET", "/payments/status/PAID", 400},
      {"GET", "/payments/status/paid?page=0", 400},
      {"GET", "/payments/status/paid?page=-1", 400},
      {"GET", "/payments/status/paid?page=abc", 400},
      {"GET", "/payments/status/paid?page=1.5", 400},
      {"GET", "/payments/status/paid?page=99999999999999999999", 400},
      {"GET", "/payments/status/paid?page[]=1", 400},
      {"GET", "/payments/status/paid?limit=0", 400},
      {"GET", "/payments/status/paid?limit=5000", 400},
      {"GET", "/payments/status/paid?limit=-5", 400},
      {"GET", "/payments/status/paid?limit=abc", 400},
      {"GET", "/payments/status/paid?sorting=bogus", 400},
      {"GET", "/payments/status/paid?sorting=--paid", 400},
      {"GET", "/payments/status/paid?sorting[]=paid", 400},
      {"GET", "/payments/status/paid?from=abc", 400},
      {"GET", "/payments/status/paid?to=1.5", 400},
      {"GET", "/payments/status/paid?from[x]=1", 400},
      {"GET", "/payments/status/paid?page=%zz", 400},
      {"GET", "/payments/status/paid?a[b=1", 400},
      {"GET", "/payments/findAll/order-paid/bogus", 400},
      {"GET", "/payments/findAll/order-paid?page=0", 400},
      {"GET", "/payments/findAll/order-paid?limit=1001", 400},
      {"GET", "/payments/findAll/order-paid?sorting=price", 400},
      {"GET", "/payments/find/order-paid/bogus", 400},
      {"GET", "/payments/find/order-paid?sorting=bogus", 400},
      {"GET", "/payments", 400},
      {"GET", "/payments?imp_uid[x]=1", 400},
      {"GET", "/payments?merchant_uid[0][x]=1", 400},
      {"GET", "/payments?" + String.join("&", ids), 400},
      {"GET", "/subscribe/payments/schedule?schedule_from=abc", 400},
      {"GET", "/subscribe/payments/schedule?schedule_to=1e400", 400},
      {"GET", "/subscribe/payments/schedule?schedule_status=bogus", 400},
      {"GET", "/subscribe/payments/schedule?schedule-status=paid", 400},
      {"GET", "/subscribe/payments/schedule?page=0", 400},
      {"GET", "/subscribe/payments/schedule?limit=5000", 400},
      {"GET", "/subscribe/payments/schedule/customers/cust-1?page=-1", 400},
      {"GET", "/subscribe/payments/schedule/customers/cust-1?from=abc", 400},
      {"GET", "/subscribe/customers", 400},
      {"GET", "/subscribe/customers?customer_uid[a][b]=c", 400},
      {"GET", "/subscribe/customers/cust-1/payments?page=abc", 400},
      {"GET", "/subscribe/customers/cust-1/schedules?limit=0", 400},
      // A DELETE that would remove the billing key if its query were ignored.
      {"DELETE", "/subscribe/customers/cust-1?extra=admin", 400},
      {"DELETE", "/subscribe/customers/cust-1?extra[]=admin", 400},
      {"DELETE", "/subscribe/customers/cust-1?extra[requester][x]=admin", 400},
      {"DELETE", "/subscribe/customers/cust-1?reason[]=x", 400},
      {"DELETE", "/subscribe/customers/cust-1?reason=%zz", 400},
      {"DELETE", "/subscribe/customers/cust-nope", 404},
      {"GET", "/__sim/journal?since=abc", 400},
      {"GET", "/__sim/journal?since=1.5", 400},
      {"GET", "/__sim/journal?since=", 400},
      {"GET", "/__sim/journal?since=99999999999999999999", 400},
    };
    List<Case> cases = new ArrayList<>();
    for (Object[] row : table) {
      cases.add(
          new Case(
              row[0] + " " + row[1] + " → " + row[2],
              (String) row[0],
              (String) row[1],
              null,
              null,
              Auth.VALID,
              (int) row[2]));
    }
    return cases.stream();
  }

  // ---------------------------------------------------------------------------------------------
  // The control API.

  static Stream<Case> badControlCalls() {
    String unknownTenant = "nobody_key";
    Object[][] table = {
      // path, body, status, tenant header (or null)
      {"/__sim/payments", "{", 400, null},
      {"/__sim/payments", "[]", 400, null},
      {"/__sim/payments", "\"x\"", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":1000} xyz", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":1000}}", 400, null},
      {"/__sim/payments", "{\"amount\":1000}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":[],\"amount\":1000}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\"}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":\"abc\"}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":-1}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":0}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":1000.5}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":1e20}", 400, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":true}", 400, null},
      {
        "/__sim/payments",
        "{\"merchant_uid\":\"order-x\",\"amount\":1000,\"status\":\"bogus\"}",
        400,
        null
      },
      {
        "/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":1000,\"status\":{}}", 400, null
      },
      {"/__sim/payments", "{\"merchant_uid\":\"order-paid\",\"amount\":1000}", 409, null},
      {"/__sim/payments", "{\"merchant_uid\":\"order-x\",\"amount\":1000}", 404, unknownTenant},
      {"/__sim/billing-keys", "{}", 400, null},
      {"/__sim/billing-keys", "{\"customer_uid\":{}}", 400, null},
      {"/__sim/billing-keys", "{\"customer_uid\":\"cust-2\"} xyz", 400, null},
      {"/__sim/billing-keys", "{\"customer_uid\":\"cust-2\"}", 404, unknownTenant},
      {"/__sim/billing-keys", "{\"customer_uid\":\"cust-2\",\"card_name\":[1]}", 400, null},
      {"/__sim/outcomes", "{}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"bogus\"}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\",\"times\":0}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\",\"times\":1001}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\",\"times\":\"abc\"}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\",\"times\":1.5}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\",\"paid_amount\":1000}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"approve\",\"paid_amount\":-1}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\",\"match\":\"x\"}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\",\"match\":{\"amount\":\"abc\"}}", 400, null},
      {"/__sim/outcomes", "{\"outcome\":\"fail\"}", 404, unknownTenant},
      {"/__sim/clock", "{}", 400, null},
      {"/__sim/clock", "{\"set\":1,\"advance_seconds\":1}", 400, null},
      {"/__sim/clock", "{\"set\":\"abc\"}", 400, null},
      {"/__sim/clock", "{\"set\":1.5}", 400, null},
      {"/__sim/clock", "{\"advance_seconds\":-1}", 400, null},
      {"/__sim/clock", "{\"advance_seconds\":99999999999999999999}", 400, null},
      {"/__sim/clock", "{\"advance_seconds\":[]}", 400, null},
      {"/__sim/tenants", "{", 400, null},
      {"/__sim/tenants", "[]", 400, null},
      {"/__sim/tenants", "{}", 400, null},
      {"/__sim/tenants", tenant("\"user_code\":\"imp123\""), 400, null},
      {"/__sim/tenants", tenant("\"user_code\":12345678"), 400, null},
      {"/__sim/tenants", tenant("\"imp_key\":\"preflight_key\""), 409, null},
      {"/__sim/tenants", tenant("\"user_code\":\"imp00000000\""), 409, null},
      {"/__sim/tenants", tenant("\"notification_url\":\"not a url\""), 400, null},
      {"/__sim/tenants", tenant("\"notification_url\":\"ftp://x/y\""), 400, null},
      {"/__sim/tenants", tenant("\"notification_content_type\":\"xml\""), 400, null},
      {"/__sim/tenants", tenant("\"minimum_amount\":-1"), 400, null},
      {"/__sim/tenants", tenant("\"minimum_amount\":1.5"), 400, null},
      {"/__sim/tenants", tenant("\"minimum_amount\":\"100\""), 400, null},
      {"/__sim/tenants", tenant("\"minimum_amount\":99999999999999999999"), 400, null},
      {"/__sim/tenants", tenant("\"webhook_retries\":6"), 400, null},
      {"/__sim/tenants", tenant("\"contract\":{\"escrow\":\"yes\"}"), 400, null},
      {"/__sim/tenants", tenant("\"channels\":\"naverpay\""), 400, null},
      {"/__sim/tenants", tenant("\"failure_messages\":[]"), 400, null},
      {"/__sim/tenants", tenant("\"imp_secret\":\"\""), 400, null},
      {"/__sim/reset", "{", 400, null},
      {"/__sim/reset", "[]", 400, null},
      {"/__sim/reset", "{\"tenants\":true} xyz", 400, null},
    };
    List<Case> cases = new ArrayList<>();
    for (Object[] row : table) {
      String header = (String) row[3];
      String body = (String) row[1];
      cases.add(
          new Case(
              "POST "
                  + row[0]
                  + " "
                  + body
                  + (header == null ? "" : " as tenant " + header)
                  + " → "
                  + row[2],
              "POST",
              (String) row[0],
              JSON_TYPE,
              utf8(body),
              header == null ? Auth.VALID : Auth.unknownTenant(header),
              (int) row[2]));
    }
    for (String path : List.of("/__sim/journal", "/__sim/webhooks", "/__sim/outcomes")) {
      cases.add(
          new Case(
              "GET " + path + " as tenant " + unknownTenant + " → 404",
              "GET",
              path,
              null,
              null,
              Auth.unknownTenant(unknownTenant),
              404));
    }
    cases.add(
        new Case(
            "DELETE /__sim/outcomes as tenant " + unknownTenant + " → 404",
            "DELETE",
            "/__sim/outcomes",
            null,
            null,
            Auth.unknownTenant(unknownTenant),
            404));
    byte[] notUtf8 = {(byte) 0xFF, (byte) 0xFE};
    cases.add(
        new Case(
            "POST /__sim/payments invalid UTF-8 in name → 400",
            "POST",
            "/__sim/payments",
            JSON_TYPE,
            concat(
                utf8("{\"merchant_uid\":\"order-x\",\"amount\":1000,\"name\":\""),
                notUtf8,
                utf8("\"}")),
            Auth.VALID,
            400));
    String secret = tenant("\"imp_secret\":\"@\"");
    int at = secret.indexOf('@');
    cases.add(
        new Case(
            "POST /__sim/tenants invalid UTF-8 in imp_secret → 400",
            "POST",
            "/__sim/tenants",
            JSON_TYPE,
            concat(utf8(secret.substring(0, at)), notUtf8, utf8(secret.substring(at + 1))),
            Auth.VALID,
            400));
    return cases.stream();
  }

  /** A valid new tenant with one field replaced. */
  private static String tenant(String replacement) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("user_code", "\"imp11111111\"");
    fields.put("imp_key", "\"other_key\"");
    fields.put("imp_secret", "\"other_secret\"");
    String name = replacement.substring(1, replacement.indexOf('"', 1));
    fields.put(name, replacement.substring(replacement.indexOf(':') + 1));
    StringBuilder out = new StringBuilder("{");
    fields.forEach(
        (k, v) ->
            out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
    return out.append('}').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The valid requests the corpus mutates.

  static Stream<Case> validRequests() {
    List<Case> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Encoding encoding : Encoding.values()) {
        cases.add(request(endpoint, encoding, endpoint.valid(), "valid", 200));
      }
    }
    // Numeric strings are numbers in JSON too (Params): pinned here because the corpus leaves them
    // out.
    Endpoint cancel = endpoint("cancel");
    cases.add(
        request(
            cancel,
            Encoding.JSON,
            with(cancel.valid(), List.of("amount"), "1000"),
            "amount \"1000\" as a string",
            200));
    // The cap is a cap, not a cut-off below it: a body of exactly the maximum size is served.
    cases.add(
        new Case(
            "cancel · JSON · exactly 1 MiB → 200",
            "POST",
            "/payments/cancel",
            JSON_TYPE,
            utf8("{\"imp_uid\":\"" + PAID_IMP_UID + "\",\"reason\":\"" + PAD + "\"}"),
            Auth.VALID,
            200,
            false,
            MAX_BODY));
    return cases.stream();
  }

  // ---------------------------------------------------------------------------------------------
  // Building and sending requests.

  /** Who the request claims to be. */
  private record Auth(String name, String[] headers, String query) {
    static final Auth VALID = new Auth("valid", null, null);
    static final Auth NONE = new Auth("none", new String[0], null);
    static final Auth UNKNOWN =
        new Auth("unknown", new String[] {"Authorization", "Bearer " + "0".repeat(40)}, null);
    static final Auth EMPTY_BEARER =
        new Auth("empty bearer", new String[] {"Authorization", "Bearer "}, null);
    static final Auth BASIC =
        new Auth("basic", new String[] {"Authorization", "Basic cHJlZmxpZ2h0OnNlY3JldA=="}, null);
    static final Auth LEGACY_HEADER =
        new Auth("legacy", new String[] {"X-ImpTokenHeader", "0".repeat(40)}, null);
    static final Auth QUERY = new Auth("query", new String[0], "_token=" + "0".repeat(40));

    static Auth unknownTenant(String impKey) {
      return new Auth("tenant", new String[] {"X-Preflight-Tenant", impKey}, null);
    }
  }

  /**
   * One request of the corpus and the status it must get. {@code padTo} above zero grows the body
   * to exactly that many bytes by repeating 'x' in place of {@link #PAD}.
   */
  record Case(
      String name,
      String method,
      String path,
      String contentType,
      byte[] body,
      Auth auth,
      int status,
      boolean chunked,
      int padTo) {
    Case(
        String name,
        String method,
        String path,
        String contentType,
        byte[] body,
        Auth auth,
        int status) {
      this(name, method, path, contentType, body, auth, status, false, 0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case request(
      Endpoint endpoint, Encoding encoding, Map<String, Object> body, String what, int status) {
    boolean json = encoding == Encoding.JSON;
    return new Case(
        endpoint.name() + " · " + encoding + " · " + what + " → " + status,
        endpoint.method(),
        endpoint.path(),
        json ? JSON_TYPE : FORM,
        utf8(json ? json(body) : form(body)),
        Auth.VALID,
        status);
  }

  private HttpReply send(Case c) {
    String path = c.path().replace(PAID_IMP_UID, paidImpUid);
    List<String> headers = new ArrayList<>();
    if (c.auth() == Auth.VALID) {
      headers.addAll(List.of(MerchantRestClient.bearer(token)));
    } else {
      headers.addAll(List.of(c.auth().headers()));
      if (c.auth().query() != null) {
        path += (path.contains("?") ? "&" : "?") + c.auth().query();
      }
    }
    byte[] body = c.body() == null ? null : substitute(c.body(), c.padTo());
    URI uri;
    try {
      uri = new URI(sim.baseUrl() + path);
    } catch (URISyntaxException malformed) {
      return sendRaw(c, path, headers, body);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    if (body == null) {
      request.method(c.method(), HttpRequest.BodyPublishers.noBody());
    } else if (c.chunked()) {
      // No length known up front: the client sends Transfer-Encoding: chunked.
      request.method(
          c.method(),
          HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    } else {
      request.method(c.method(), HttpRequest.BodyPublishers.ofByteArray(body));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpReply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(c.name(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * For request targets java.net.http refuses to send, such as a malformed %-escape: HTTP/1.0 over
   * a plain socket, so the server answers without chunking and closes the connection.
   */
  private HttpReply sendRaw(Case c, String target, List<String> headers, byte[] body) {
    URI base = URI.create(sim.baseUrl());
    StringBuilder head = new StringBuilder();
    head.append(c.method()).append(' ').append(target).append(" HTTP/1.0\r\n");
    head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
    }
    if (c.contentType() != null) {
      head.append("Content-Type: ").append(c.contentType()).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] response;
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      response = socket.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(c.name(), e);
    }
    String text = new String(response, StandardCharsets.UTF_8);
    int split = text.indexOf("\r\n\r\n");
    assertThat(split).as("%s: a complete HTTP response: %s", c, text).isPositive();
    String[] lines = text.substring(0, split).split("\r\n");
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      fields
          .computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    return new HttpReply(
        Integer.parseInt(lines[0].split(" ")[1]),
        HttpHeaders.of(fields, (name, value) -> true),
        text.substring(split + 4));
  }

  /** Puts the seeded imp_uid in place, byte-wise so that deliberately invalid bytes survive. */
  private byte[] substitute(byte[] body, int padTo) {
    byte[] out = replace(body, utf8(PAID_IMP_UID), utf8(paidImpUid));
    if (padTo > 0) {
      byte[] pad = utf8(PAD);
      int fill = padTo - (out.length - pad.length);
      out = replace(out, pad, utf8("x".repeat(fill)));
      assertThat(out).hasSize(padTo);
    }
    return out;
  }

  private static byte[] replace(byte[] data, byte[] target, byte[] replacement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + replacement.length);
    int i = 0;
    while (i < data.length) {
      if (startsWith(data, i, target)) {
        out.writeBytes(replacement);
        i += target.length;
      } else {
        out.write(data[i++]);
      }
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] data, int at, byte[] prefix) {
    if (at + prefix.length > data.length) {
      return false;
    }
    for (int j = 0; j < prefix.length; j++) {
      if (data[at + j] != prefix[j]) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies as JSON and as bracket-notation forms.

  /** A deep copy of {@code body} with the value at {@code path} replaced (or removed). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(
      Map<String, Object> body, List<Object> path, Object value) {
    Map<String, Object> copy = (Map<String, Object>) deepCopy(body);
    Object parent = copy;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent =
          step instanceof Integer i
              ? ((List<Object>) parent).get(i)
              : ((Map<String, Object>) parent).get(step);
    }
    Object last = path.get(path.size() - 1);
    if (parent instanceof List<?> list) {
      if (value == REMOVE) {
        ((List<Object>) list).remove((int) (Integer) last);
      } else {
        ((List<Object>) list).set((Integer) last, value == JSON_NULL ? null : value);
      }
    } else if (value == REMOVE) {
      ((Map<String, Object>) parent).remove((String) last);
    } else {
      ((Map<String, Object>) parent).put((String) last, value == JSON_NULL ? null : value);
    }
    return copy;
  }

  private static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
      return copy;
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return value;
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PHP-style bracket notation, as the official Naver guides send forms. */
  private static String form(Map<String, Object> body) {
    List<String> pairs = new ArrayList<>();
    body.forEach((k, v) -> flatten(k, v, pairs));
    return String.join("&", pairs);
  }

  private static void flatten(String name, Object value, List<String> pairs) {
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> flatten(name + "[" + k + "]", v, pairs));
    } else if (value instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        flatten(name + "[" + i + "]", l.get(i), pairs);
      }
    } else if (value != null) {
      pairs.add(encode(name) + "=" + encode(String.valueOf(value)));
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
