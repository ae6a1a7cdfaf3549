package dev.preflight.harness;

import static dev.preflight.support.HtmlPage.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.ProfileLoader;
import dev.preflight.harness.profile.SiteDrivers;
import dev.preflight.support.Browsers;
import dev.preflight.support.PageServer;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * A cart filled by a form post the page sends late, then the cart page opened by the next step, as
 * a server-rendered shop's profile reads: the probe lets the post arrive before it opens the cart,
 * as the scenarios do, instead of cutting it short and finding the cart empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteProbeFormPostIT {
  private PageServer shop;
  private String base;

  @BeforeAll
  void start() throws IOException {
    shop =
        PageServer.start(
            Map.of(
                "/product",
                exchange ->
                    answer(
                        exchange,
                        // A busy machine, made certain: the form's submit event is seen at
                        // once, but the browser sends the form only a while later.
                        "<form method=post action=/add></form><button id=add type=button"
                            + " onclick=\"var f = document.forms[0];"
                            + " f.dispatchEvent(new Event('submit', {cancelable: true}));"
                            + " setTimeout(function () { f.submit(); }, 900)\">장바구니 담기</button>"),
                "/add",
                SiteProbeFormPostIT::add,
                "/cart",
                exchange -> {
                  String cookie = exchange.getRequestHeaders().getFirst("Cookie");
                  answer(
                      exchange,
                      cookie != null && cookie.contains("cart=1")
                          ? "<a id=go-checkout href=/checkout>주문하기</a>"
                          : "<p>장바구니가 비었습니다</p>");
                },
                "/checkout",
                exchange ->
                    answer(exchange, "<button id=pay>네이버페이</button><div id=result></div>")));
    base = shop.base();
  }

  @AfterAll
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  private static void add(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().add("Set-Cookie", "cart=1; Path=/");
    exchange.getResponseHeaders().add("Location", "/product");
    exchange.sendResponseHeaders(303, -1);
    exchange.close();
  }

  @Test
  void theCartFilledByASlowFormPostIsThereWhenTheCartPageOpens() {
    MerchantProfile profile =
        ProfileLoader.parse(
            "name: slow-post\n"
                + "base_url: "
                + base
                + "\n"
                + "products:\n  - {id: A-1, name: 차, price: 12000, category_type: PRODUCT,"
                + " category_id: GENERAL}\n"
                + "cart:\n"
                + "  add_item:\n    - open: /product\n    - click: \"#add\"\n"
                + "  steps:\n    - open: /cart\n    - click: \"#go-checkout\"\n"
                + "pay: \"#pay\"\n"
                + "result:\n  selector: \"#result\"\n  success: \"#done\"\n",
            "slow-post.yml");
    WebDriver browser = Browsers.chromium(false);
    try {
      assertThat(
              SiteProbe.problems(
                  profile, SiteDrivers.forProfile(profile), browser, Messages.of(Lang.EN)))
          .isEmpty();
    } finally {
      Browsers.quit(browser);
    }
  }
}
