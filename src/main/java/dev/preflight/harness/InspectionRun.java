package dev.preflight.harness;

import dev.preflight.inspection.Finding;
import dev.preflight.inspection.MerchantContext;
import dev.preflight.merchant.Defect;
import dev.preflight.merchant.MerchantSettings;
import dev.preflight.merchant.ReferenceMerchant;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * What one inspection run shares across scenarios: the simulator, the merchant under inspection,
 * one browser per device, and every finding so far. Scenarios share the browser because starting
 * one costs most of a second.
 */
public final class InspectionRun {
  private static InspectionRun current;

  private final SimulatorServer simulator;
  private final ReferenceMerchant merchant;
  private final Map<Device, WebDriver> browsers = new EnumMap<>(Device.class);
  private final List<Finding> findings = new ArrayList<>();
  private final boolean chromium;

  /** PC or mobile: mobile is Chrome's Pixel 7 emulation, or its user agent in HtmlUnit. */
  public enum Device {
    PC,
    MOBILE
  }

  private InspectionRun(List<Defect> defects, boolean chromium) {
    this.simulator = new SimulatorServer(new Simulator(SimulatorSettings.forTests())).start();
    this.merchant =
        new ReferenceMerchant(MerchantSettings.against(simulator.baseUrl(), defects)).start();
    this.chromium = chromium;
  }

  /**
   * The run for this JVM, started on first use against the reference merchant (compliant unless
   * {@code preflight.defects} says otherwise), in Chromium when it is installed and HtmlUnit
   * otherwise.
   */
  public static synchronized InspectionRun current() {
    if (current == null) {
      current = new InspectionRun(defectsFromSystemProperty(), Browsers.chromiumInstalled());
      Runtime.getRuntime().addShutdownHook(new Thread(current::close));
    }
    return current;
  }

  /**
   * The reference merchant's defects for this run, from {@code -Dpreflight.defects=a,b}: how the
   * harness is tested against known mistakes.
   */
  private static List<Defect> defectsFromSystemProperty() {
    String names = System.getProperty("preflight.defects", "");
    List<Defect> defects = new ArrayList<>();
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        defects.add(
            Defect.fromSwitch(name.strip())
                .orElseThrow(() -> new IllegalArgumentException("unknown defect " + name)));
      }
    }
    return defects;
  }

  public String simulatorUrl() {
    return simulator.baseUrl();
  }

  public String merchantUrl() {
    return merchant.baseUrl();
  }

  public synchronized WebDriver browser(Device device) {
    WebDriver driver =
        browsers.computeIfAbsent(
            device,
            d ->
                chromium
                    ? Browsers.chromium(d == Device.MOBILE)
                    : Browsers.htmlUnit(d == Device.MOBILE));
    return Browsers.onlyMainWindow(driver);
  }

  public boolean screenshots() {
    return chromium;
  }

  /** The reference merchant's capabilities and contract (the default tenant's). */
  public MerchantContext merchantContext() {
    return new MerchantContext(
        Set.of(
            MerchantContext.SUBSCRIPTIONS, MerchantContext.PARTIAL_CANCEL, MerchantContext.MOBILE),
        false,
        false,
        false,
        false,
        100,
        1);
  }

  public synchronized void record(List<Finding> more) {
    findings.addAll(more);
  }

  public synchronized List<Finding> findings() {
    return List.copyOf(findings);
  }

  private synchronized void close() {
    browsers.values().forEach(Browsers::quit);
    merchant.close();
    simulator.close();
  }
}
