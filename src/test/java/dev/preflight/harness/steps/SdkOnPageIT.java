package dev.preflight.harness.steps;

import static dev.preflight.support.HtmlPage.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import dev.preflight.support.Browsers;
import dev.preflight.support.PageServer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/** A page whose SDK did not load is told from one that has it (HtmlUnit: no Chromium needed). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkOnPageIT {
  private PageServer shop;
  private String base;

  @BeforeAll
  void start() throws IOException {
    Map<String, HttpHandler> pages = new LinkedHashMap<>();
    pages.put("/without", exchange -> answer(exchange, "<button id=pay>결제</button>"));
    pages.put(
        "/with",
        exchange ->
            answer(
                exchange,
                "<script>window.IMP = {init: function () {}, request_pay: function () {}};</script>"));
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
  void aPageWithoutImpHasNoSdk() {
    assertThat(missingOn("/without")).isTrue();
  }

  @Test
  void aPageWithImpHasIt() {
    assertThat(missingOn("/with")).isFalse();
  }

  private boolean missingOn(String path) {
    WebDriver browser = Browsers.htmlUnit(false);
    try {
      browser.get(base + path);
      return SdkOnPage.missing(browser);
    } finally {
      Browsers.quit(browser);
    }
  }
}
