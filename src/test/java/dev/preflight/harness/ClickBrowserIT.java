package dev.preflight.harness;

import static dev.preflight.support.HtmlPage.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.preflight.support.Browsers;
import dev.preflight.support.PageServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * Clicks as shops make them hard. A shop whose "add to cart" is a plain form post, answered slowly
 * with the cart cookie: the next step's address must not cancel the post, or the cart the buyer
 * filled is lost (in Chromium, where a click returns before the form is even sent, and in
 * HtmlUnit). A phone layout's fixed bottom bar over the button ChromeDriver scrolled to the
 * window's edge; an overlay that never goes away, said as such.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickBrowserIT {
  private static final int SLOW_ANSWER_MILLIS = 700;

  private PageServer shop;
  private String base;
  private final AtomicInteger posts = new AtomicInteger();

  @BeforeAll
  void start() throws IOException {
    Map<String, HttpHandler> pages = new LinkedHashMap<>();
    pages.put(
        "/product",
        exchange ->
            answer(
                exchange,
                "<form method=post action=/add><input name=qty value=2>"
                    + "<button id=add type=submit>담기</button></form>"
                    // Checked first, then sent a moment later, as many shops' scripts do.
                    + "<button id=checked type=button onclick=\"setTimeout(function () {"
                    + " document.forms[0].submit(); }, 100)\">확인 후 담기</button>"
                    + "<button id=nothing type=button>아무것도</button>"
                    // A busy machine, made certain: the form's submit event has been seen, but
                    // the browser begins to send it only much later than usual.
                    + "<button id=late type=button onclick=\"var f = document.forms[0];"
                    + " f.dispatchEvent(new Event('submit', {cancelable: true}));"
                    + " setTimeout(function () { f.submit(); }, 900)\">늦게 담기</button>"
                    + "<a id=to-cart href=/cart>장바구니 보기</a>"));
    pages.put("/add", this::addToCart);
    pages.put(
        "/long",
        exchange ->
            answer(
                exchange,
                "<div style='height:3000px'>상품 설명</div>"
                    + "<button id=buy onclick=\"this.textContent='눌림'\">구매하기</button>"
                    + "<div style='height:3000px'>리뷰</div>"
                    + "<div style='position:fixed;left:0;right:0;bottom:0;height:45%;"
                    + "background:#03c75a'>하단 구매 바</div>"));
    pages.put(
        "/covered",
        exchange ->
            answer(
                exchange,
                "<button id=buy>구매하기</button>"
                    + "<div id=veil style='position:fixed;left:0;top:0;right:0;bottom:0;"
                    + "background:rgba(0,0,0,.5)'>쿠키 동의</div>"));
    pages.put(
        "/cart",
        exchange -> {
          String cookie = exchange.getRequestHeaders().getFirst("Cookie");
          answer(exchange, "<p id=cart>" + (cookie == null ? "empty" : cookie) + "</p>");
        });
    shop = PageServer.start(pages);
    base = shop.base();
  }

  @AfterAll
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  @Test
  void chromiumOpensTheNextPageOnlyOnceTheFormPostHasArrived() {
    keepsTheCart(Browsers.chromium(false), "#add");
  }

  @Test
  void htmlUnitKeepsTheCartToo() {
    keepsTheCart(Browsers.htmlUnit(false), "#add");
  }

  @Test
  void chromiumWaitsForAFormAScriptSendsAMomentAfterTheClick() {
    keepsTheCart(Browsers.chromium(false), "#checked");
  }

  @Test
  void chromiumWaitsForAFormWhoseSubmitWasSeenHoweverLateItLeaves() {
    keepsTheCart(Browsers.chromium(false), "#late");
  }

  @Test
  void aLinkClickedAfterALateFormPostIsClickedInThePageThePostBroughtBack() {
    WebDriver browser = Browsers.chromium(false);
    try {
      WebDriverSession session = new WebDriverSession(browser, new Witness(() -> 0));
      int before = posts.get();
      session.open(base + "/product");
      session.click("#late");
      session.click("#to-cart");
      session.waitFor("#cart");
      assertThat(posts.get()).isEqualTo(before + 1);
      assertThat(session.text("#cart")).contains("cart=2");
    } finally {
      Browsers.quit(browser);
    }
  }

  @Test
  void aButtonUnderAFixedBottomBarIsScrolledIntoTheOpenAndClicked() {
    WebDriver browser = Browsers.chromium(true);
    try {
      WebDriverSession session = new WebDriverSession(browser, new Witness(() -> 0));
      session.open(base + "/long");
      session.click("#buy");
      assertThat(session.text("#buy")).contains("눌림");
    } finally {
      Browsers.quit(browser);
    }
  }

  @Test
  void aButtonThatStaysCoveredIsSaidToBeCovered() {
    WebDriver browser = Browsers.chromium(false);
    try {
      WebDriverSession session = new WebDriverSession(browser, new Witness(() -> 0));
      session.open(base + "/covered");
      assertThatThrownBy(() -> session.click("#buy"))
          .hasMessageContaining("#buy stays covered by another element")
          .hasMessageContaining("veil");
    } finally {
      Browsers.quit(browser);
    }
  }

  @Test
  void aClickThatStartsNoNavigationDoesNotHoldTheNextPageUp() {
    WebDriver browser = Browsers.htmlUnit(false);
    try {
      WebDriverSession session = new WebDriverSession(browser, new Witness(() -> 0));
      session.open(base + "/product");
      session.click("#nothing");
      session.open(base + "/cart");
      assertThat(session.text("#cart")).contains("empty");
    } finally {
      Browsers.quit(browser);
    }
  }

  private void keepsTheCart(WebDriver browser, String button) {
    try {
      WebDriverSession session = new WebDriverSession(browser, new Witness(() -> 0));
      int before = posts.get();
      session.open(base + "/product");
      session.click(button);
      session.open(base + "/cart");
      assertThat(posts.get()).isEqualTo(before + 1);
      assertThat(session.text("#cart")).contains("cart=2");
    } finally {
      Browsers.quit(browser);
    }
  }

  private void addToCart(HttpExchange exchange) throws IOException {
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    try {
      Thread.sleep(SLOW_ANSWER_MILLIS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    posts.incrementAndGet();
    exchange
        .getResponseHeaders()
        .add("Set-Cookie", "cart=" + form.replace("qty=", "") + "; Path=/");
    exchange.getResponseHeaders().add("Location", "/product");
    exchange.sendResponseHeaders(303, -1);
    exchange.close();
  }
}
