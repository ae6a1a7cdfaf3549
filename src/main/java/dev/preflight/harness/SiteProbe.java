package dev.preflight.harness;

import dev.preflight.harness.profile.CartContents;
import dev.preflight.harness.profile.ControlDisabled;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.Flow;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.PayControl;
import dev.preflight.harness.profile.Placeholders;
import dev.preflight.harness.profile.ProfileSiteDriver;
import dev.preflight.harness.profile.Site;
import dev.preflight.harness.profile.SiteDriver;
import dev.preflight.harness.profile.Step;
import dev.preflight.harness.profile.SubscriptionFlow;
import dev.preflight.text.Messages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Tries a profile against the live site before any scenario runs, so that a wrong selector or a
 * site that is down is said once, plainly, with the field to fix, instead of as a broken scenario
 * after another. It signs in, fills a real cart and looks for the pay control (without pressing
 * it), and walks each section's steps up to the first one that needs an order; it pays for nothing.
 * Each problem names the profile field, the address, what was expected and what the page had.
 */
public final class SiteProbe {
  /** A step is given this long here: a probe that waits out every wrong selector is no help. */
  private static final Duration STEP_PATIENCE = Duration.ofSeconds(6);

  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);

  /** How many of a page's controls a problem lists. */
  private static final int CONTROLS_SHOWN = 10;

  /**
   * The page's visible controls, each as a selector a profile could use, with its text: ES5, so
   * HtmlUnit runs it too.
   */
  private static final String CONTROLS =
      "var out = []; var all = document.querySelectorAll('button, a[href], input, select,"
          + " textarea, [role=button]');"
          + "for (var i = 0; i < all.length && out.length < "
          + CONTROLS_SHOWN
          + "; i++) {"
          + "  var e = all[i];"
          // As Selenium sees it: no size, or transparent or hidden by style, is not there to press.
          + "  if (!(e.offsetWidth || e.offsetHeight)) { continue; }"
          + "  var style = window.getComputedStyle ? window.getComputedStyle(e) : null;"
          + "  if (style && (style.visibility === 'hidden' || style.opacity === '0')) { continue; }"
          + "  var name = e.tagName.toLowerCase();"
          + "  if (name === 'a' && e.getAttribute('href')) { name += '[href=\"' + e.getAttribute('href') + '\"]'; }"
          + "  if (e.id) { name = '#' + e.id; }"
          + "  else if (e.getAttribute('name')) { name += '[name=' + e.getAttribute('name') + ']'; }"
          + "  else if (e.className && typeof e.className === 'string' && e.className.trim()) {"
          + "    name += '.' + e.className.trim().split(/\\s+/).join('.'); }"
          + "  var text = (e.innerText || e.value || '').replace(/\\s+/g, ' ').trim();"
          + "  out.push(text ? name + ' (\"' + text.substring(0, 30) + '\")' : name);"
          + "}"
          + "return out;";

  /**
   * For a selector whose elements are all hidden: how the buyer reaches it instead, when that can
   * be told — the {@code <label>} of a hidden checkbox or radio button (a styled skin) — else ''.
   */
  private static final String STAND_IN =
      "var e = document.querySelector(arguments[0]); if (!e) { return null; }"
          + "if (e.id && document.querySelector('label[for=\"' + e.id + '\"]')) {"
          + "  return 'label[for=' + e.id + ']'; }"
          + "for (var p = e.parentNode; p && p.tagName; p = p.parentNode) {"
          + "  if (p.tagName === 'LABEL') { return 'label'; } }"
          + "return '';";

  private final MerchantProfile profile;
  private final SiteDriver driver;
  private final WebDriver browser;
  private final Messages m;
  private final Witness witness = new Witness(() -> 0);
  private final List<String> problems = new ArrayList<>();
  private Site walk;

  private SiteProbe(MerchantProfile profile, SiteDriver driver, WebDriver browser, Messages m) {
    this.profile = profile;
    this.driver = driver;
    this.browser = browser;
    this.m = m;
  }

  /**
   * The problems found, one line each, naming the field to fix; none when the profile fits the site
   * as far as can be seen without paying; worded in {@code m}'s language, the site's data (an
   * address, a selector, what the page has) as it is.
   */
  public static List<String> problems(
      MerchantProfile profile, SiteDriver driver, WebDriver browser, Messages m) {
    SiteProbe probe = new SiteProbe(profile, driver, browser, m);
    probe.run();
    Browsers.startAfresh(browser);
    return List.copyOf(probe.problems);
  }

  private void run() {
    if (!answers("base_url", profile.baseUrl())) {
      return;
    }
    if (profile.can(dev.preflight.harness.profile.Capability.MOBILE)
        && !profile.baseUrl(Device.MOBILE).equals(profile.baseUrl())) {
      answers("device.mobile.base_url", profile.baseUrl(Device.MOBILE));
    }
    if (driver.getClass() != ProfileSiteDriver.class) {
      probeDriver();
      return;
    }
    probeCheckout();
    probeLogin("login.admin", profile.login().admin());
    profile.buyerCancel().ifPresent(flow -> probeFlow("buyer_cancel", flow, false));
    profile.adminCancel().ifPresent(flow -> probeFlow("admin_cancel", flow, true));
    profile.adminPartialCancel().ifPresent(flow -> probeFlow("admin_partial_cancel", flow, true));
    profile.subscription().ifPresent(this::probeSubscription);
  }

  /** The buyer signs in, fills a cart of one product, and finds the pay control. */
  private void probeCheckout() {
    Browsers.startAfresh(browser);
    if (!probeLogin("login.buyer", profile.login().buyer())) {
      return;
    }
    if (profile.cart().isEmpty() || profile.pay().isEmpty()) {
      return;
    }
    var cart = profile.cart().get();
    CartContents contents = firstCart();
    Map<String, String> values = contents.placeholders();
    if (cart.url() != null) {
      if (!step("cart.url", Step.open(Placeholders.fillEncoded(cart.url(), values)))) {
        return;
      }
    } else {
      for (CartContents.Line line : contents.lines()) {
        Map<String, String> item =
            Map.of("product", line.productId(), "count", Integer.toString(line.count()));
        if (!steps("cart.add_item", cart.addItem(), item)) {
          return;
        }
      }
      if (!steps("cart.steps", cart.steps(), values)) {
        return;
      }
    }
    PayControl pay = profile.pay().get();
    if (steps("pay.before", pay.before(), Map.of())) {
      present("pay.selector", pay.selector());
    }
  }

  /** The cart the first payment scenario buys: the first product, or an amount. */
  private CartContents firstCart() {
    CartContents named = profile.carts().get("one_product");
    if (named != null) {
      return named;
    }
    if (profile.cart().map(c -> !c.takesProducts()).orElse(false) || profile.products().isEmpty()) {
      return CartContents.ofAmount(14_000);
    }
    var product =
        profile.products().stream()
            .filter(p -> p.price() >= profile.tenant().minimumAmount())
            .findFirst()
            .orElse(profile.products().get(0));
    return new CartContents(List.of(new CartContents.Line(product.id(), 1)), null, null);
  }

  private boolean probeLogin(String path, List<Step> login) {
    return steps(path, login, Map.of());
  }

  /**
   * A cancel's steps up to the first that needs the order; the back office's after its login.
   * Sample values stand in for the order, so an address such as /orders/{merchant_uid} still opens.
   */
  private void probeFlow(String path, Flow flow, boolean backOffice) {
    Browsers.startAfresh(browser);
    if (backOffice && !probeLogin("login.admin", profile.login().admin())) {
      return;
    }
    if (!backOffice && !probeLogin("login.buyer", profile.login().buyer())) {
      return;
    }
    List<Step> before = new ArrayList<>();
    for (Step step : flow.steps()) {
      boolean needsOrder =
          step.kind() != Step.Kind.OPEN
              && (!Placeholders.actionNames(step.target()).isEmpty()
                  || (step.value() != null && !Placeholders.actionNames(step.value()).isEmpty()));
      if (needsOrder) {
        break;
      }
      before.add(step);
    }
    steps(path + ".steps", before, sampleOrder());
  }

  private static Map<String, String> sampleOrder() {
    Map<String, String> values = new HashMap<>();
    values.put("merchant_uid", "probe-order");
    values.put("imp_uid", "imp_000000000000");
    values.put("order_amount", "1000");
    values.put("amount", "1000");
    values.put("customer_uid", "probe-customer");
    values.put("unique", "00000000");
    return values;
  }

  /** The sign-up's way to the subscribe control, and the control itself. */
  private void probeSubscription(SubscriptionFlow subscription) {
    Browsers.startAfresh(browser);
    if (!probeLogin("login.buyer", profile.login().buyer())) {
      return;
    }
    if (steps("subscription.sign_up", subscription.signUp(), sampleOrder())
        && steps("subscription.pay.before", subscription.pay().before(), Map.of())) {
      present("subscription.pay.selector", subscription.pay().selector());
    }
    List<Step> cancel = subscription.cancel().steps();
    if (!cancel.isEmpty() && cancel.get(0).kind() == Step.Kind.OPEN) {
      String address =
          profile.absolute(
              Placeholders.fillEncoded(cancel.get(0).target(), sampleOrder()), Device.PC);
      answers("subscription.cancel.steps[0].open", address);
    }
  }

  /** A site driver's own services: signing in and filling a cart, as far as they go. */
  private void probeDriver() {
    Browsers.startAfresh(browser);
    Site site = site(WebDriverSession.DEFAULT_TIMEOUT);
    String service = "logInAsBuyer";
    try {
      driver.logInAsBuyer(site);
      service = "openCart";
      driver.openCart(site, firstCart());
    } catch (RuntimeException failed) {
      problems.add(
          m.get(
              "probe.driver-failed",
              driver.getClass().getName(),
              service,
              here(),
              ScenarioResults.firstLine(failed)));
    }
  }

  private boolean steps(String path, List<Step> steps, Map<String, String> values) {
    for (int i = 0; i < steps.size(); i++) {
      if (!step(path + "[" + i + "]", steps.get(i).fill(values))) {
        return false;
      }
    }
    return true;
  }

  /** Does one step; on failure, notes the problem with what the page had instead. */
  private boolean step(String path, Step step) {
    Site site = walk();
    try {
      site.run(List.of(step));
      return true;
    } catch (ControlDisabled disabled) {
      problems.add(m.get("probe.disabled", path, describe(step), here()));
    } catch (WebDriverException | IllegalArgumentException failed) {
      if (step.kind() == Step.Kind.OPEN) {
        problems.add(
            m.get("probe.did-not-open", path, step.target(), ScenarioResults.firstLine(failed)));
      } else {
        problems.add(
            hidden(step.target())
                .map(standIn -> hiddenProblem(path, describe(step), standIn))
                .orElseGet(
                    () -> m.get("probe.not-found", path, describe(step), here(), controls())));
      }
    }
    return false;
  }

  /** Whether a control the harness will press is on the page and visible, without pressing it. */
  private void present(String path, String selector) {
    Site site = walk();
    try {
      site.browser().waitFor(selector);
    } catch (WebDriverException notThere) {
      problems.add(
          hidden(selector)
              .map(standIn -> hiddenProblem(path, "`" + selector + "`", standIn))
              .orElseGet(() -> m.get("probe.missing", path, selector, here(), controls())));
    }
  }

  /**
   * When the selector finds elements but none the buyer can see: what stands in for it (its label's
   * selector, "label", or ""); empty when nothing matches or one is visible.
   */
  private Optional<String> hidden(String selector) {
    try {
      List<WebElement> found = browser.findElements(By.cssSelector(selector));
      if (found.isEmpty() || found.stream().anyMatch(WebElement::isDisplayed)) {
        return Optional.empty();
      }
      Object standIn = ((JavascriptExecutor) browser).executeScript(STAND_IN, selector);
      return Optional.of(standIn == null ? "" : String.valueOf(standIn));
    } catch (WebDriverException unreadable) {
      return Optional.empty();
    }
  }

  private String hiddenProblem(String path, String what, String standIn) {
    return standIn.isEmpty()
        ? m.get("probe.hidden", path, what, here())
        : m.get("probe.hidden.label", path, what, here(), standIn);
  }

  /** Whether an address answers at all (any HTTP status below 500), as a person would see it. */
  private boolean answers(String path, String address) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(HTTP_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(address)).timeout(HTTP_TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() >= 500) {
        problems.add(m.get("probe.http-error", path, address, response.statusCode()));
        return false;
      }
      return true;
    } catch (IOException | IllegalArgumentException unreachable) {
      problems.add(m.get("probe.no-answer", path, address, why(unreachable)));
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Why an address did not answer, in words rather than an exception's name. */
  private String why(Exception unreachable) {
    if (unreachable instanceof java.net.ConnectException) {
      return m.get("probe.why.refused");
    }
    if (unreachable instanceof java.net.http.HttpTimeoutException) {
      return m.get("probe.why.timeout", HTTP_TIMEOUT.toSeconds());
    }
    if (unreachable instanceof java.nio.channels.UnresolvedAddressException
        || unreachable.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
      return m.get("probe.why.unknown-host");
    }
    return Optional.ofNullable(unreachable.getMessage())
        .filter(message -> !message.isBlank())
        .orElse(m.get("probe.why.failed"));
  }

  /**
   * The session every step of the probe runs in, one for the whole walk: a click that posts a form
   * (add to cart) must be let to arrive before the next step opens an address, and only the session
   * that made the click knows it is pending — a fresh one per step opened the cart page over the
   * post, and on a busy machine the cart came up empty.
   */
  private Site walk() {
    if (walk == null) {
      walk = site(STEP_PATIENCE);
    }
    return walk;
  }

  private Site site(Duration patience) {
    return new Site(profile, new WebDriverSession(browser, witness, patience), Device.PC);
  }

  private static String describe(Step step) {
    return step.kind().key() + " `" + step.target() + "`";
  }

  private String here() {
    try {
      String url = browser.getCurrentUrl();
      return url == null ? m.get("probe.here.unknown") : url;
    } catch (WebDriverException unknown) {
      return m.get("probe.here.unknown");
    }
  }

  /** The page's controls, for a problem: "buttons: #npay-pay ("네이버페이"), …". */
  private String controls() {
    try {
      witness.dialog(browser);
      Object found = ((JavascriptExecutor) browser).executeScript(CONTROLS);
      if (found instanceof List<?> list && !list.isEmpty()) {
        return m.get(
            "probe.controls", String.join(", ", list.stream().map(String::valueOf).toList()));
      }
      return m.get("probe.controls.none");
    } catch (WebDriverException unreadable) {
      return m.get("probe.controls.unreadable");
    }
  }
}
