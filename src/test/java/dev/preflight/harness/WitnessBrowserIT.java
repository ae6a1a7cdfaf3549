package dev.preflight.harness;

import static dev.preflight.support.HtmlPage.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import dev.preflight.support.Browsers;
import dev.preflight.support.PageServer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A page that toasts "결제가 완료되었습니다" and then calls its server to verify, in one go: the toast must
 * be dated before the call, even when the page's script runs on for a while after it (as on a busy
 * machine, where the page's thread is held up while the call is already answered). Otherwise
 * NP-VER-1 would take the verification for one made before success was shown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WitnessBrowserIT {
  private static final String PAID = "결제가 완료되었습니다";

  private PageServer shop;
  private String base;
  private final AtomicLong verifyArrived = new AtomicLong();

  @BeforeAll
  void start() throws IOException {
    Map<String, HttpHandler> pages = new LinkedHashMap<>();
    pages.put(
        "/shop",
        exchange -> {
          String query = exchange.getRequestURI().getQuery();
          String call =
              "xhr".equals(query)
                  ? "var x = new XMLHttpRequest(); x.open('POST', '/verify'); x.send('{}');"
                  : "fetch('/verify', {method: 'POST', body: '{}'});";
          answer(
              exchange,
              "<div id=toasts></div><button id=pay onclick=\"pay()\">결제</button><script>"
                  + "function pay() {"
                  + "  var t = document.createElement('div'); t.textContent = '"
                  + PAID
                  + "';"
                  + "  document.getElementById('toasts').appendChild(t);"
                  + call
                  // The page's thread held up after the call, while the server answers it.
                  + "  var until = Date.now() + 600; while (Date.now() < until) {}"
                  + "}</script>");
        });
    pages.put(
        "/verify",
        exchange -> {
          verifyArrived.compareAndSet(0, System.currentTimeMillis());
          answer(exchange, "{}");
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

  @ParameterizedTest
  @ValueSource(strings = {"fetch", "xhr"})
  void aToastShownBeforeTheCallIsDatedBeforeIt(String call) {
    WebDriver browser = Browsers.chromium(false);
    try {
      verifyArrived.set(0);
      // Seq 1 before the call reached the server, 2 from then on.
      Witness witness =
          new Witness(
              () -> 0, millis -> verifyArrived.get() != 0 && millis >= verifyArrived.get() ? 2 : 1);
      browser.get(base + "/shop?" + call);
      witness.look(browser);
      witness.mark();

      browser.findElement(By.id("pay")).click();
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(5))
          .until(() -> verifyArrived.get() != 0);
      witness.look(browser);

      assertThat(verifyArrived.get()).as("the page's call reached the server").isPositive();
      assertThat(witness.glimpsesSinceMark()).contains(PAID);
      assertThat(witness.firstSeenAt()).containsEntry(PAID, 1L);
    } finally {
      Browsers.quit(browser);
    }
  }
}
