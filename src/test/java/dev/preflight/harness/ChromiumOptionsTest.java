package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeOptions;

/** The switches every Chromium gets, local or on a Grid, read back from the capabilities. */
class ChromiumOptionsTest {
  private static final List<String> CLOSED_NETWORK =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  @Test
  void aPcSessionHasTheClosedNetworkSwitchesAndNothingMachineSpecific() {
    Map<String, Object> chrome = chromeOptions(Browsers.chromiumOptions(false, null));

    assertThat(arguments(chrome)).containsExactlyElementsOf(CLOSED_NETWORK);
    assertThat(chrome).doesNotContainKeys("binary", "mobileEmulation");
  }

  @Test
  void aMobileSessionEmulatesThePixel() {
    Map<String, Object> chrome = chromeOptions(Browsers.chromiumOptions(true, null));

    assertThat(chrome.get("mobileEmulation")).isEqualTo(Map.of("deviceName", "Pixel 7"));
  }

  @Test
  void aMappedSessionAddsTheResolverRuleAndTheTrustedKey() {
    CdnMapping cdn = new CdnMapping(8443, "hash=");

    List<String> arguments = arguments(chromeOptions(Browsers.chromiumOptions(false, cdn)));

    assertThat(arguments).containsAll(CLOSED_NETWORK);
    assertThat(arguments).containsAll(cdn.chromiumArguments());
    assertThat(arguments)
        .noneMatch(argument -> argument.startsWith("--ignore-certificate-errors="));
    assertThat(arguments).noneMatch(argument -> argument.equals("--ignore-certificate-errors"));
  }

  @Test
  void leavesDialogsForTheTestToRead() {
    ChromeOptions options = Browsers.chromiumOptions(false, null);

    assertThat(options.getCapability("unhandledPromptBehavior")).hasToString("ignore");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> chromeOptions(ChromeOptions options) {
    return (Map<String, Object>) options.asMap().get(ChromeOptions.CAPABILITY);
  }

  @SuppressWarnings("unchecked")
  private static List<String> arguments(Map<String, Object> chrome) {
    return (List<String>) chrome.get("args");
  }
}
