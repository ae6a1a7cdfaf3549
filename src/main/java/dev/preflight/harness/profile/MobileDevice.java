package dev.preflight.harness.profile;

/**
 * How the harness shows the site a phone.
 *
 * @param emulate the Chromium device to emulate ({@code Pixel 7}, {@code iPhone 14 Pro Max})
 * @param userAgent a user agent to send instead of the device's, or null; browsers without device
 *     emulation (HtmlUnit) need one
 * @param baseUrl the mobile site's address when it has its own ({@code https://m.shop.example}), or
 *     null for the same address on every device
 */
public record MobileDevice(String emulate, String userAgent, String baseUrl) {
  public static final String DEFAULT_DEVICE = "Pixel 7";

  public static final MobileDevice DEFAULT = new MobileDevice(DEFAULT_DEVICE, null, null);

  MobileDevice resolve(Variables variables) {
    return new MobileDevice(
        variables.fill("device.mobile.emulate", emulate),
        variables.fill("device.mobile.user_agent", userAgent),
        variables.fill("device.mobile.base_url", baseUrl));
  }
}
