package dev.preflight.harness;

import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.MobileDevice;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import java.util.EnumMap;
import java.util.Map;
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

  private final SimulatorServer simulator;
  private final BrowserChoice choice;
  private final CdnMapping cdn;
  private final Map<Device, WebDriver> browsers = new EnumMap<>(Device.class);
  private final Map<Device, MobileDevice> emulated = new EnumMap<>(Device.class);
  private final java.util.Set<Device> cleared = java.util.EnumSet.noneOf(Device.class);

  private Workbench(SimulatorServer simulator, BrowserChoice choice) {
    this.simulator = simulator;
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

  public SimulatorServer simulator() {
    return simulator;
  }

  public String simulatorUrl() {
    return simulator.baseUrl();
  }

  public BrowserChoice choice() {
    return choice;
  }

  /**
   * Makes each browser start its next use afresh: a new scenario must not meet the last one's open
   * dialog, extra window, single-page state or signed-in buyer.
   */
  public synchronized void clearBetweenScenarios() {
    cleared.clear();
  }

  /**
   * The browser for a device, started on first use (and again if it died), and on its first use in
   * a scenario cleared of what the previous scenario left (see {@link Browsers#startAfresh}). A
   * mobile browser is started as the profile's phone; a later profile asking for another phone gets
   * a new one.
   */
  public synchronized WebDriver browser(Device device, MobileDevice phone) {
    WebDriver driver = browsers.get(device);
    if (driver != null && device == Device.MOBILE && !phone.equals(emulated.get(device))) {
      Browsers.quit(driver);
      driver = null;
    }
    if (driver != null && !cleared.contains(device) && !Browsers.startAfresh(driver)) {
      // The session is gone (a crashed browser, a closed last window): a new one takes over.
      Browsers.quit(driver);
      driver = null;
    }
    if (driver == null) {
      driver = open(device, phone);
      browsers.put(device, driver);
      emulated.put(device, phone);
    }
    cleared.add(device);
    return Browsers.onlyMainWindow(driver);
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
  public synchronized void close() {
    browsers.values().forEach(Browsers::quit);
    browsers.clear();
    simulator.close();
  }
}
