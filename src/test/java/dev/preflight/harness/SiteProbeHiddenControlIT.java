package dev.preflight.harness;

import static dev.preflight.support.HtmlPage.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.ProfileLoader;
import dev.preflight.harness.profile.SiteDrivers;
import dev.preflight.support.Browsers;
import dev.preflight.support.PageServer;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * A skin that hides the real terms checkbox behind its styled label, as many Korean mall skins do:
 * a profile that clicks the hidden input is told the input is there but hidden and to press its
 * label, not that it is missing from a page whose controls then list it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteProbeHiddenControlIT {
  private PageServer shop;
  private String base;

  @BeforeAll
  void start() throws IOException {
    Map<String, HttpHandler> pages = new LinkedHashMap<>();
    pages.put(
        "/order",
        exchange ->
            answer(
                exchange,
                "<form><input type=checkbox id=termAgree style=\"opacity:0;width:0;height:0\">"
                    + "<label for=termAgree class=check>구매조건 확인 및 결제진행 동의</label>"
                    + "<span class=wrap><input type=radio name=settle value=np id=np"
                    + " style=\"position:absolute;opacity:0\"></span>"
                    + "<a href=\"#none\" id=pay>결제하기</a><div id=result></div></form>"));
    shop = PageServer.start(pages);
    base = shop.base();
  }

  @AfterAll
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  private List<String> probe(String before, Lang lang) {
    MerchantProfile profile =
        ProfileLoader.parse(
            "name: skin\n"
                + "base_url: "
                + base
                + "\n"
                + "products:\n  - {id: A-1, name: 차, price: 12000, category_type: PRODUCT,"
                + " category_id: GENERAL}\n"
                + "cart:\n  url: /order?items={items}\n"
                + "pay:\n  selector: \"#pay\"\n  before:\n    - click: \""
                + before
                + "\"\n"
                + "result:\n  selector: \"#result\"\n  success: \"#done\"\n",
            "skin.yml");
    WebDriver browser = Browsers.chromium(false);
    try {
      return SiteProbe.problems(
          profile, SiteDrivers.forProfile(profile), browser, Messages.of(lang));
    } finally {
      Browsers.quit(browser);
    }
  }

  @Test
  void aHiddenCheckboxIsSaidToBeHiddenWithItsLabelToPress() {
    List<String> problems = probe("#termAgree", Lang.EN);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .contains("#termAgree")
        .contains("hidden")
        .contains("`label[for=termAgree]`")
        .doesNotContain("not found");
  }

  @Test
  void theLabelItselfFits() {
    assertThat(probe("label[for=termAgree]", Lang.EN)).isEmpty();
  }

  @Test
  void inKoreanToo() {
    assertThat(probe("#termAgree", Lang.KO).get(0))
        .contains("숨겨져")
        .contains("label[for=termAgree]");
  }
}
