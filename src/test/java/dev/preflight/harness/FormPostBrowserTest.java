package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.preflight.support.Browsers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * A shop whose "add to cart" is a plain form post, answered slowly with the cart cookie: the next
 * step's address must not cancel the post, or the cart the buyer filled is lost. Runs in Chromium,
 * where a click returns before the form is even sent, and in HtmlUnit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormPostBrowserTest {
  private static final int SLOW_ANSWER_MILLIS = 700;

  private HttpServer shop;
  private String base;
  private final AtomicInteger posts = new AtomicInteger();

  @BeforeAll
  void start() throws IOException {
    shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    shop.createContext(
        "/product",
        exchange ->
            answer(
                exchange,
                "<form method=post action=/add><input name=qty value=2>"
                    + "<button id=add type=submit>담기</button></form>"
                    + "<button id=nothing type=button>아무것도</button>"));
    shop.createContext("/add", this::addToCart);
    shop.createContext(
        "/cart",
        exchange -> {
          String cookie = exchange.getRequestHeaders().getFirst("Cookie");
          answer(exchange, "<p id=cart>" + (cookie == null ? "empty" : cookie) + "</p>");
        });
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
  void chromiumOpensTheNextPageOnlyOnceTheFormPostHasArrived() {
    keepsTheCart(Browsers.chromium(false));
  }

  @Test
  void htmlUnitKeepsTheCartToo() {
    keepsTheCart(Browsers.htmlUnit(false));
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

  private void keepsTheCart(WebDriver browser) {
    try {
      WebDriverSession session = new WebDriverSession(browser, new Witness(() -> 0));
      int before = posts.get();
      session.open(base + "/product");
      session.click("#add");
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

  private static void answer(HttpExchange exchange, String body) throws IOException {
    byte[] bytes =
        ("<!doctype html><meta charset=utf-8><body>" + body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
