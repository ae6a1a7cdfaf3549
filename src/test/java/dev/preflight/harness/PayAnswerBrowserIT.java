package dev.preflight.harness;

import static dev.preflight.support.HtmlPage.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import dev.preflight.support.Browsers;
import dev.preflight.support.PageServer;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What pressing pay led to, on pages written as shops write them: a toast from adding to the cart
 * still on screen, a "preparing" toast before the shop's server has prepared the order and called
 * request_pay, and a shop that answers with a message and never calls it (a terms box not ticked).
 * Only the last is the shop's answer; the others are on the way to the Naver Pay window.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayAnswerBrowserIT {
  private static final String TOAST = "#toasts .toast";

  private PageServer shop;
  private String base;

  @BeforeAll
  void start() throws IOException {
    Map<String, HttpHandler> pages = new LinkedHashMap<>();
    pages.put(
        "/order",
        exchange -> {
          boolean refuses = "refuse".equals(exchange.getRequestURI().getQuery());
          answer(
              exchange,
              "<div id=toasts><div class=toast>장바구니에 담았습니다.</div></div>"
                  + "<button id=pay onclick=\"pay()\">결제하기</button><script>"
                  + "function toast(text) { var t = document.createElement('div');"
                  + " t.className = 'toast'; t.textContent = text;"
                  + " document.getElementById('toasts').appendChild(t); }"
                  + (refuses
                      ? "function pay() { toast('구매조건 확인 및 결제진행 동의에 체크해 주세요.'); }"
                      // The server prepares the order for a moment, then request_pay opens the
                      // window.
                      : "function pay() { toast('결제를 준비하고 있습니다.');"
                          + " setTimeout(function () { window.asked = true;"
                          + " window.open('/npay', 'npay', 'width=400,height=600'); }, 800); }")
                  + "</script>");
        });
    pages.put("/npay", exchange -> answer(exchange, "<title>네이버페이</title><p>결제창</p>"));
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
  void toastsOnTheWayToTheWindowAreNotTheShopsAnswer() {
    assertThat(pressPay("")).isEqualTo(NaverPayWindow.Opening.WINDOW);
  }

  @Test
  void aMessageWithNoRequestPayAfterItIsTheShopsAnswer() {
    assertThat(pressPay("refuse")).isEqualTo(NaverPayWindow.Opening.SHOP_ANSWERED);
  }

  private NaverPayWindow.Opening pressPay(String query) {
    WebDriver browser = Browsers.chromium(false);
    try {
      Witness witness = new Witness(() -> 0);
      browser.get(base + "/order?" + query);
      witness.look(browser);
      Leftovers leftovers = Leftovers.of(texts(browser));
      witness.mark();
      NaverPayWindow window = new NaverPayWindow(browser, witness);

      browser.findElement(By.id("pay")).click();
      return window.awaitOpening(
          () ->
              texts(browser).stream()
                  .anyMatch(t -> leftovers.isNew(t, witness.glimpsesSinceMark())),
          () -> false,
          () ->
              Boolean.TRUE.equals(
                  ((JavascriptExecutor) browser).executeScript("return !!window.asked")),
          Duration.ofSeconds(10),
          false);
    } finally {
      Browsers.quit(browser);
    }
  }

  private static List<String> texts(WebDriver browser) {
    return browser.findElements(By.cssSelector(TOAST)).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }
}
