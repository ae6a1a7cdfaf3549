package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.ProfileLoader;
import dev.preflight.harness.profile.SiteDrivers;
import dev.preflight.support.Browsers;
import dev.preflight.support.FreePort;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The probe says what does not fit in the check's language, the site's data (its address) as it is:
 * a Korean merchant whose shop is not running reads why in Korean.
 */
class SiteProbeWordingIT {
  private final WebDriver browser = Browsers.htmlUnit(false);

  @AfterEach
  void quit() {
    Browsers.quit(browser);
  }

  private List<String> probeADeadShop(Lang lang, String address) {
    MerchantProfile profile = ProfileLoader.reference().resolve(Map.of("merchant", address));
    return SiteProbe.problems(profile, SiteDrivers.forProfile(profile), browser, Messages.of(lang));
  }

  @Test
  void aShopThatDoesNotAnswerIsSaidSoInKorean() {
    String address = "http://127.0.0.1:" + FreePort.take();

    List<String> problems = probeADeadShop(Lang.KO, address);

    assertThat(problems)
        .containsExactly(
            "base_url: " + address + "이(가) 응답하지 않습니다(연결 거부). 사이트를 시작하거나 base_url을(를) 고치세요");
  }

  @Test
  void andInEnglishAsBefore() {
    String address = "http://127.0.0.1:" + FreePort.take();

    List<String> problems = probeADeadShop(Lang.EN, address);

    assertThat(problems)
        .containsExactly(
            "base_url: "
                + address
                + " does not answer (connection refused); start the site, or fix base_url");
  }
}
