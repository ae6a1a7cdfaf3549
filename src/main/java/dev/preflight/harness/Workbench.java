package dev.preflight.harness;

import dev.preflight.client.SimulatorControl;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.MobileDevice;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import org.openqa.selenium.WebDriver;

/**
 * What inspection runs share: the simulator and one browser per device. Starting a browser costs
 * most of a second, and the simulator keeps every run's journal apart by sequence number, so runs
 * one after another (a check, or the defect matrix's many) reuse both.
 */
public final class Workbench implements AutoCloseable {
  /**
   * A payment's webhook comes this long after the window, as the real gateway's comes on its own
   * time: the shop's page has then looked the payment up or not, and NP-VER-1 can tell that lookup
   * from its webhook handler's.
   */
  private static final java.time.Duration PAYMENT_NOTICE_DELAY = java.time.Duration.ofSeconds(1);

  /** Past this, a shop still answering a notice is left to it. */
  private static final java.time.Duration QUIET_WAIT = java.time.Duration.ofSeconds(5);

  /**
   * A control-API call the harness waits for no longer: the simulator is in this JVM and answers at
   * once, so a call this slow means it is stuck, and the scenario should say so.
   */
  private static final java.time.Duration CONTROL_TIMEOUT = java.time.Duration.ofSeconds(10);

  private final SimulatorServer simulator;
  private final SimulatorControl control;
  private final BrowserChoice choice;
  private final CdnMapping cdn;
  private final BrowserSet browsers = new BrowserSet(this::open);

  private Workbench(SimulatorServer simulator, BrowserChoice choice) {
    this.simulator = simulator;
    this.control = SimulatorControl.at(simulator.baseUrl()).withTimeout(CONTROL_TIMEOUT);
    this.choice = choice;
    this.cdn = CdnMapping.of(simulator);
  }

  /**
   * Starts the simulator on the loopback interface, with HTTPS on a free port: Chromium maps the
   * SDK's CDN there, so a page that loads {@code https://cdn.iamport.kr/v1/iamport.js} unchanged
   * gets the simulator's.
   *
   * @param port the simulator's port, 0 for any free one
   */
  public static Workbench start(BrowserChoice choice, int port) {
    SimulatorSettings settings = SimulatorSettings.forTests().withPort(port).withHttpsPort(0);
    SimulatorServer server = new SimulatorServer(new Simulator(settings)).start();
    server.simulator().webhooks().delayPaymentNotices(PAYMENT_NOTICE_DELAY);
    return new Workbench(server, choice);
  }

  /**
   * Lets the last scenario's notices reach the shop before the next scenario begins, so that its
   * webhook handler's calls are not taken for the next scenario's.
   */
  public void awaitQuietGateway() {
    simulator.simulator().webhooks().awaitQuiet(QUIET_WAIT);
  }

  /** As {@link #awaitQuietGateway()}, for one tenant's notices: a worker's own shop's. */
  public void awaitQuietGateway(String impKey) {
    simulator.simulator().webhooks().awaitQuiet(impKey, QUIET_WAIT);
  }

  public SimulatorServer simulator() {
    return simulator;
  }

  public String simulatorUrl() {
    return simulator.baseUrl();
  }

  /**
   * The simulator's control API over HTTP, as for a simulator in another process, one client for
   * every worker; {@link SimulatorControl#forTenant} acts on a worker's own gateway account.
   */
  public SimulatorControl control() {
    return control;
  }

  public BrowserChoice choice() {
    return choice;
  }

  /**
   * Makes each browser of the first worker start its next use afresh (see {@link
   * BrowserSet#clearBetweenScenarios}).
   */
  public void clearBetweenScenarios() {
    browsers.clearBetweenScenarios();
  }

  /** The first worker's browser for a device (see {@link BrowserSet#browser}). */
  public WebDriver browser(Device device, MobileDevice phone) {
    return browsers.browser(device, phone);
  }

  /** The browsers of the first worker: kept from run to run. */
  BrowserSet browsers() {
    return browsers;
  }

  /** Browsers for another worker, of the same engine; its owner closes them. */
  BrowserSet newBrowserSet() {
    return new BrowserSet(this::open);
  }

  private WebDriver open(Device device, MobileDevice phone) {
    boolean mobile = device == Device.MOBILE;
    return switch (choice.engine()) {
      case CHROMIUM -> Browsers.chromium(mobile ? phone : null, cdn);
      case HTMLUNIT -> Browsers.htmlUnit(mobile ? phone : null);
      case GRID -> Browsers.remote(choice.grid(), mobile ? phone : null, cdn);
    };
  }

  @Override
  public void close() {
    browsers.close();
    simulator.close();
  }
}
