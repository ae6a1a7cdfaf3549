package dev.preflight.support;

import dev.preflight.client.BillingKeySeed;
import dev.preflight.client.PaymentSeed;
import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real simulator on a free loopback port for each test, registered with
 * {@code @RegisterExtension}, with settings of the test's choosing (HTTPS, a state file). Tests
 * talk to it over HTTP, arm and read it through {@link SimulatorControl}, and may look at its state
 * directly. Tests that need none of this use {@code @NaverPaySimulatorTest}.
 */
public final class RunningSimulator implements BeforeEachCallback, AfterEachCallback {
  private final SimulatorSettings settings;
  private SimulatorServer server;
  private MerchantRestClient client;
  private SimulatorControl control;

  public RunningSimulator() {
    this(SimulatorSettings.forTests());
  }

  public RunningSimulator(SimulatorSettings settings) {
    this.settings = settings;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server = new SimulatorServer(new Simulator(settings)).start();
    client = new MerchantRestClient(server.baseUrl());
    control = SimulatorControl.at(server.baseUrl());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
  }

  /** The i'mport REST API, as the merchant's server calls it. */
  public MerchantRestClient client() {
    return client;
  }

  /**
   * A plain HTTP client, for the few tests that send the control API what no client would (see
   * {@code ControlApiPathsInTestsTest}); the others use {@link #control()}.
   */
  public PlainHttpClient plainHttp() {
    return new PlainHttpClient(server.baseUrl());
  }

  public Simulator simulator() {
    return server.simulator();
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  /** The server itself: its HTTPS port and certificate, when the settings ask for HTTPS. */
  public SimulatorServer server() {
    return server;
  }

  /** The control API of this simulator, acting on the default tenant. */
  public SimulatorControl control() {
    return control;
  }

  /** Seeds a payment through the control API and returns its imp_uid. */
  public String seedPayment(String merchantUid, long amount, String status) {
    return seed(null, merchantUid, amount, status);
  }

  public String seed(String tenantImpKey, String merchantUid, long amount, String status) {
    SimulatorControl tenant = tenantImpKey == null ? control : control.forTenant(tenantImpKey);
    return tenant
        .seedPayment(PaymentSeed.paid(merchantUid, amount).withStatus(status).named("테스트 상품"))
        .impUid();
  }

  /** Seeds a Naver Pay billing key for a customer_uid. */
  public void seedBillingKey(String tenantImpKey, String customerUid) {
    SimulatorControl tenant = tenantImpKey == null ? control : control.forTenant(tenantImpKey);
    tenant.seedBillingKey(
        BillingKeySeed.forCustomer(customerUid).holder("김구매", "010-1234-5678", null));
  }

  /** The ledger's fingerprint, to prove a refused request changed nothing. */
  public String ledgerFingerprint() {
    StringBuilder all = new StringBuilder();
    simulator()
        .accounts()
        .all()
        .forEach(a -> all.append(a.tenant().userCode()).append(a.ledger().fingerprint()));
    return all.toString();
  }

  public static Map<String, Object> tenant(String userCode, String impKey, String impSecret) {
    return Map.of("user_code", userCode, "imp_key", impKey, "imp_secret", impSecret);
  }
}
