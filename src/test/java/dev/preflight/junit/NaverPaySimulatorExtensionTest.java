package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.preflight.client.ArmOutcome;
import dev.preflight.client.PaymentSeed;
import dev.preflight.client.SimulatorControl;
import dev.preflight.junit.NaverPaySimulatorTest.Reset;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link NaverPaySimulatorTest} as a user's test class meets it: the fixture classes below are run
 * through the JUnit Platform launcher (Surefire skips nested classes), and what they saw is checked
 * here.
 */
class NaverPaySimulatorExtensionTest {

  /** What the fixtures saw, by fixture: one run of the launcher at a time fills it. */
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

  @Test
  void handsInASimulatorOnLoopbackWhoseDefaultKeysGetAToken() {
    TestExecutionSummary summary = run(Map.of(), HandsIn.class);

    assertPassed(summary, 1);
    assertThat(SEEN.get("base")).startsWith("http://127.0.0.1:");
    assertThat(SEEN.get("token")).hasSize(40);
    assertThat(SEEN.get("sameControl")).isEqualTo("true");
  }

  @Test
  void resetsEverythingBeforeEachTestByDefault() {
    assertPassed(run(Map.of(), ResetsEverything.class), 2);
  }

  @Test
  void keepsAddedTenantsWhenAskedTo() {
    assertPassed(run(Map.of(), KeepsTenants.class), 2);
  }

  @Test
  void sharesStateBetweenTestsWhenResetIsNever() {
    assertPassed(run(Map.of(), NeverResets.class), 2);
  }

  @Test
  void stopsTheSimulatorWhenTheClassEnds() {
    assertPassed(run(Map.of(), HandsIn.class), 1);

    assertThat(SimulatorControl.at(SEEN.get("base")).isHealthy()).isFalse();
  }

  @Test
  void nestedClassesShareTheOuterClassSimulator() {
    assertPassed(run(Map.of(), Outer.class), 2);

    assertThat(SEEN.get("inner")).isEqualTo(SEEN.get("outer"));
  }

  @Test
  void resolvesTheConstructorOfAPerClassTest() {
    assertPassed(run(Map.of(), PerClass.class), 1);
  }

  @Test
  void testsOfAClassTakeTurnsWhenJUnitRunsMethodsConcurrently() {
    TestExecutionSummary summary =
        run(
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
            ConcurrentMethods.class);

    assertPassed(summary, 2);
  }

  @Test
  void parallelClassesEachGetTheirOwnSimulator() {
    Rendezvous.reset();
    TestExecutionSummary summary =
        run(
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
            ShopA.class,
            ShopB.class);

    assertPassed(summary, 3);
    assertThat(SEEN.get("ShopA")).isNotEqualTo(SEEN.get("ShopB"));
  }

  private static TestExecutionSummary run(Map<String, String> parameters, Class<?>... classes) {
    SEEN.clear();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(List.of(classes).stream().map(c -> selectClass(c)).toList())
            .configurationParameters(parameters)
            .build(),
        listener);
    return listener.getSummary();
  }

  private static void assertPassed(TestExecutionSummary summary, int tests) {
    String failures =
        summary.getFailures().stream()
            .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
            .collect(Collectors.joining("\n"));
    assertThat(summary.getTestsFailedCount()).as(failures).isZero();
    assertThat(summary.getTestsSucceededCount()).as(failures).isEqualTo(tests);
  }

  private static String token(NaverPaySimulator simulator) throws Exception {
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/users/getToken"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"imp_key\":\""
                                + simulator.impKey()
                                + "\",\"imp_secret\":\""
                                + simulator.impSecret()
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String body = reply.body();
    int at = body.indexOf("\"access_token\":\"") + "\"access_token\":\"".length();
    return body.substring(at, body.indexOf('"', at));
  }

  @NaverPaySimulatorTest
  static class HandsIn {
    @Test
    void handle(NaverPaySimulator simulator, SimulatorControl control) throws Exception {
      SEEN.put("base", simulator.baseUrl());
      SEEN.put("token", token(simulator));
      SEEN.put("sameControl", String.valueOf(control.baseUrl().equals(simulator.baseUrl())));
    }
  }

  @NaverPaySimulatorTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ResetsEverything {
    @Test
    @Order(1)
    void leavesThingsBehind(NaverPaySimulator simulator) throws Exception {
      SimulatorControl control = simulator.control();
      control.createTenant("imp55555555", "k5", "s5", null);
      control.seedPayment(PaymentSeed.paid("order-1", 1_000));
      control.arm(ArmOutcome.insufficientBalance());
      control.setClock(Instant.ofEpochSecond(1_893_456_000L));
      token(simulator);
    }

    @Test
    @Order(2)
    void findsNothingLeft(NaverPaySimulator simulator) throws Exception {
      SimulatorControl control = simulator.control();
      assertThat(control.journal()).isEmpty();
      assertThat(control.tenant("imp55555555")).isEmpty();
      assertThat(control.armedOutcomes()).isEmpty();
      assertThat(control.clock().realTime()).isTrue();
      control.seedPayment(PaymentSeed.paid("order-1", 1_000));
    }
  }

  @NaverPaySimulatorTest(reset = Reset.KEEP_TENANTS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeepsTenants {
    @Test
    @Order(1)
    void addsATenantAndAPayment(SimulatorControl control) {
      control.createTenant("imp55555555", "k5", "s5", null);
      control.forTenant("k5").seedPayment(PaymentSeed.paid("order-1", 1_000));
    }

    @Test
    @Order(2)
    void findsTheTenantButNotThePayment(SimulatorControl control) {
      assertThat(control.tenant("imp55555555")).isPresent();
      control.forTenant("k5").seedPayment(PaymentSeed.paid("order-1", 1_000));
    }
  }

  @NaverPaySimulatorTest(reset = Reset.NEVER)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class NeverResets {
    @Test
    @Order(1)
    void seedsAPayment(SimulatorControl control) {
      control.seedPayment(PaymentSeed.paid("order-1", 1_000));
    }

    @Test
    @Order(2)
    void stillSeesIt(SimulatorControl control) {
      assertThat(catchThrowable(() -> control.seedPayment(PaymentSeed.paid("order-1", 1_000))))
          .as("a second paid payment for order-1 is refused: the first one is still there")
          .hasMessageContaining("already has a paid payment");
    }
  }

  /**
   * Methods JUnit would run concurrently: each waits a while for another to come in, which only
   * happens when the extension lets two tests use one simulator at once.
   */
  @NaverPaySimulatorTest
  static class ConcurrentMethods {
    private static final AtomicInteger INSIDE = new AtomicInteger();
    private static final CountDownLatch SECOND = new CountDownLatch(1);

    @Test
    void first() throws InterruptedException {
      alone();
    }

    @Test
    void second() throws InterruptedException {
      alone();
    }

    private static void alone() throws InterruptedException {
      if (INSIDE.incrementAndGet() > 1) {
        SECOND.countDown();
      }
      try {
        assertThat(SECOND.await(2, TimeUnit.SECONDS))
            .as("another test came in meanwhile")
            .isFalse();
      } finally {
        INSIDE.decrementAndGet();
      }
    }
  }

  @NaverPaySimulatorTest
  static class Outer {
    @Test
    void outer(NaverPaySimulator simulator) {
      SEEN.put("outer", simulator.baseUrl());
    }

    @Nested
    class Inner {
      @Test
      void inner(NaverPaySimulator simulator) {
        SEEN.put("inner", simulator.baseUrl());
      }
    }
  }

  @NaverPaySimulatorTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClass {
    private final NaverPaySimulator simulator;

    PerClass(NaverPaySimulator simulator) {
      this.simulator = simulator;
    }

    @Test
    void hasIt() {
      assertThat(SimulatorControl.at(simulator.baseUrl()).isHealthy()).isTrue();
    }
  }

  /**
   * Two shops' classes meet in the middle of their tests: run one after the other, the first would
   * wait for the second in vain. Shop A seeds, then waits until shop B's simulator was reset before
   * B's second test; A's payment must still be there.
   */
  static final class Rendezvous {
    private static volatile CountDownLatch seeded = new CountDownLatch(2);
    private static volatile CountDownLatch shopBReset = new CountDownLatch(1);

    static void reset() {
      seeded = new CountDownLatch(2);
      shopBReset = new CountDownLatch(1);
    }

    static void seed(String shop, SimulatorControl control) throws InterruptedException {
      SEEN.put(shop, control.baseUrl());
      control.seedPayment(PaymentSeed.paid("order-1", 1_000));
      seeded.countDown();
      assertThat(seeded.await(30, TimeUnit.SECONDS)).as("the other class ran alongside").isTrue();
    }
  }

  @NaverPaySimulatorTest
  static class ShopA {
    @Test
    void keepsItsPaymentWhileShopBResets(SimulatorControl control) throws InterruptedException {
      Rendezvous.seed("ShopA", control);
      assertThat(Rendezvous.shopBReset.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(catchThrowable(() -> control.seedPayment(PaymentSeed.paid("order-1", 1_000))))
          .hasMessageContaining("already has a paid payment");
    }
  }

  @NaverPaySimulatorTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ShopB {
    @Test
    @Order(1)
    void seeds(SimulatorControl control) throws InterruptedException {
      Rendezvous.seed("ShopB", control);
    }

    @Test
    @Order(2)
    void startsAfresh(SimulatorControl control) {
      Rendezvous.shopBReset.countDown();
      control.seedPayment(PaymentSeed.paid("order-1", 1_000));
    }
  }
}
