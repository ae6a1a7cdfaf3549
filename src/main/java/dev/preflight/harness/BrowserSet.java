package dev.preflight.harness;

import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.MobileDevice;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.openqa.selenium.WebDriver;

/**
 * One browser per device, for one worker of a check: started on first use, kept from scenario to
 * scenario (starting one costs most of a second), and cleared of what the last scenario left.
 */
final class BrowserSet implements AutoCloseable {
  private final BiFunction<Device, MobileDevice, WebDriver> open;
  private final Map<Device, WebDriver> browsers = new EnumMap<>(Device.class);
  private final Map<Device, MobileDevice> emulated = new EnumMap<>(Device.class);
  private final Set<Device> cleared = EnumSet.noneOf(Device.class);

  /**
   * @param open starts a browser for the device (as the phone, for mobile)
   */
  BrowserSet(BiFunction<Device, MobileDevice, WebDriver> open) {
    this.open = open;
  }

  /**
   * Makes each browser start its next use afresh: a new scenario must not meet the last one's open
   * dialog, extra window, single-page state or signed-in buyer.
   */
  synchronized void clearBetweenScenarios() {
    cleared.clear();
  }

  /**
   * The browser for a device, started on first use (and again if it died), and on its first use in
   * a scenario cleared of what the previous scenario left (see {@link Browsers#startAfresh}). A
   * mobile browser is started as the profile's phone; a later profile asking for another phone gets
   * a new one.
   */
  synchronized WebDriver browser(Device device, MobileDevice phone) {
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
      driver = open.apply(device, phone);
      browsers.put(device, driver);
      emulated.put(device, phone);
    }
    cleared.add(device);
    return Browsers.onlyMainWindow(driver);
  }

  @Override
  public synchronized void close() {
    browsers.values().forEach(Browsers::quit);
    browsers.clear();
  }
}
