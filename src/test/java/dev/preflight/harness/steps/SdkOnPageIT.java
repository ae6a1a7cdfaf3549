package dev.preflight.harness.steps;

import static dev.preflight.support.HtmlPage.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.preflight.support.Browsers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/** A page whose SDK did not load is told from one that has it (HtmlUnit: no Chromium needed). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkOnPageIT {
  private HttpServer shop;
  private String base;

  @BeforeAll
  void start() throws IOException {
    shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    shop.createContext("/without", exchange -> answer(exchange, "<button id=pay>결제</button>"));
    shop.createContext(
        "/with",
        exchange ->
            answer(
                exchange,
                "<script>window.IMP = {init: function () {}, request_pay: function () {}};</script>"));
    shop.start();
    base = "http://127.0.0.1:" + shop.getAddress().getPort();
  }

  @AfterAll
  void stop() {
    if (shop != null) {
      shop.stop(0);
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
