package dev.preflight.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One request_pay on the {@link TestShop}, from the click to the result: the callback's response
 * object in popup mode, the query on {@code /return} in redirect mode.
 */
public final class CheckoutRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WebDriver driver;
  private final TestShop shop;
  private final WebDriverWait wait;
  private String mainWindow;

  public CheckoutRun(WebDriver driver, TestShop shop) {
    this.driver = driver;
    this.shop = shop;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Opens the shop page with these parameters and clicks pay. */
  public CheckoutRun pay(String paramsJson, boolean withCallback) {
    return pay(paramsJson, withCallback, "imp00000000");
  }

  public CheckoutRun pay(String paramsJson, boolean withCallback, String userCode) {
    driver.get(
        shop.url(
            "/pay?callback="
                + withCallback
                + "&user_code="
                + userCode
                + "&params="
                + URLEncoder.encode(paramsJson, StandardCharsets.UTF_8)));
    mainWindow = driver.getWindowHandle();
    driver.findElement(By.id("pay")).click();
    return this;
  }

  /** The popup the click opened, switched to. */
  public NaverPayWindowPage popup() {
    wait.until(d -> d.getWindowHandles().size() > 1);
    Set<String> handles = driver.getWindowHandles();
    handles.remove(mainWindow);
    driver.switchTo().window(handles.iterator().next());
    wait.until(d -> d.getTitle().contains("네이버페이"));
    return new NaverPayWindowPage(driver);
  }

  /** The window the page navigated to, in redirect mode. */
  public NaverPayWindowPage redirected() {
    wait.until(d -> d.getTitle().contains("네이버페이"));
    return new NaverPayWindowPage(driver);
  }

  /** The callback's response object, once the popup has closed and the SDK delivered it. */
  public JsonNode callbackResponse() {
    driver.switchTo().window(mainWindow);
    wait.until(d -> !d.findElement(By.id("rsp")).getText().isEmpty());
    try {
      return JSON.readTree(driver.findElement(By.id("rsp")).getText());
    } catch (Exception e) {
      throw new AssertionError("the callback's response is not JSON", e);
    }
  }

  /** The query appended to m_redirect_url, decoded, in order. */
  public Map<String, String> redirectQuery() {
    wait.until(d -> d.getCurrentUrl().contains("/return"));
    wait.until(d -> !d.findElement(By.id("query")).getText().isEmpty());
    String search = driver.findElement(By.id("query")).getText();
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : search.replaceFirst("^\\?", "").split("&")) {
      int eq = pair.indexOf('=');
      query.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }
}
