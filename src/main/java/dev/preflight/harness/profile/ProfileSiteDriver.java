package dev.preflight.harness.profile;

import java.util.Map;
import java.util.Optional;

/**
 * Drives a site as its profile's YAML says. It is the driver of every profile that names none, and
 * the class to extend when only a part of a site needs Java: override that service, keep the rest.
 */
public class ProfileSiteDriver implements SiteDriver {

  @Override
  public void logInAsBuyer(Site site) {
    site.run(site.profile().login().buyer());
  }

  @Override
  public void logInAsAdmin(Site site) {
    site.run(site.profile().login().admin());
  }

  @Override
  public void openCart(Site site, CartContents contents) {
    Cart cart = section(site, site.profile().cart(), "cart", "openCart");
    if (contents.amount() != null && !cart.takesAmount()) {
      throw new UnsupportedOperationException(
          "the profile's cart takes products, not an amount: ask for products");
    }
    if (!contents.lines().isEmpty() && !cart.takesProducts()) {
      throw new UnsupportedOperationException(
          "the profile's cart takes an amount, not products: ask for an amount");
    }
    Map<String, String> values = contents.placeholders();
    if (cart.url() != null) {
      site.open(Placeholders.fillEncoded(cart.url(), values));
      return;
    }
    for (CartContents.Line line : contents.lines()) {
      site.run(
          Steps.fill(
              cart.addItem(),
              Map.of("product", line.productId(), "count", Integer.toString(line.count()))));
    }
    site.run(Steps.fill(cart.steps(), values));
  }

  @Override
  public void pay(Site site) {
    press(site, section(site, site.profile().pay(), "pay", "pay"));
  }

  @Override
  public ShownResult readResult(Site site) {
    ResultDisplay result = section(site, site.profile().result(), "result", "readResult");
    return awaitResult(site, result, result.success().selector(), result.success().text());
  }

  @Override
  public void buyerCancel(Site site, String merchantUid) {
    Flow flow = section(site, site.profile().buyerCancel(), "buyer_cancel", "buyerCancel");
    run(site, flow, Map.of("merchant_uid", merchantUid));
  }

  @Override
  public void adminCancel(Site site, String merchantUid, Long amount) {
    if (amount == null) {
      Flow flow = section(site, site.profile().adminCancel(), "admin_cancel", "adminCancel");
      run(site, flow, Map.of("merchant_uid", merchantUid));
      return;
    }
    Flow flow =
        section(site, site.profile().adminPartialCancel(), "admin_partial_cancel", "adminCancel");
    run(site, flow, Map.of("merchant_uid", merchantUid, "amount", Long.toString(amount)));
  }

  @Override
  public void signUpForSubscription(Site site) {
    SubscriptionFlow subscription = subscription(site, "signUpForSubscription");
    site.run(Steps.fill(subscription.signUp(), Map.of("unique", unique())));
    press(site, subscription.pay());
  }

  @Override
  public ShownResult readSubscriptionResult(Site site) {
    SubscriptionFlow subscription = subscription(site, "readSubscriptionResult");
    ResultDisplay result = section(site, site.profile().result(), "result", "readResult");
    return awaitResult(site, result, subscription.active(), null);
  }

  @Override
  public void cancelSubscription(Site site, String customerUid) {
    run(
        site,
        subscription(site, "cancelSubscription").cancel(),
        Map.of("customer_uid", customerUid));
  }

  /**
   * Eight digits that differ from sign-up to sign-up: Naver refuses a second registration of the
   * same product by the same buyer, so each sign-up plays a new buyer.
   */
  private static String unique() {
    return String.format(
        "%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private static void press(Site site, PayControl pay) {
    site.run(pay.before());
    site.browser().click(pay.selector());
  }

  private static void run(Site site, Flow flow, Map<String, String> values) {
    site.run(flow.stepsFor(values));
    flow.doneFor(values).ifPresent(site.browser()::waitFor);
  }

  /**
   * The first of: a dialog (which must be taken before the page can be read), the success mark, a
   * message in the result element.
   */
  private static ShownResult awaitResult(
      Site site, ResultDisplay result, String successSelector, String successText) {
    BrowserSession browser = site.browser();
    return browser.await(
        "the payment's result: " + successSelector + describe(result),
        () -> {
          if (result.dialogs()) {
            Optional<String> dialog = browser.takeDialog();
            if (dialog.isPresent()) {
              return Optional.of(new ShownResult(ShownResult.Kind.DIALOG, dialog.get()));
            }
          }
          Optional<String> success = browser.text(successSelector);
          if (success.isPresent() && (successText == null || success.get().contains(successText))) {
            return Optional.of(new ShownResult(ShownResult.Kind.COMPLETED, success.get()));
          }
          if (result.selector() != null) {
            return browser
                .text(result.selector())
                .filter(text -> !text.isBlank())
                .map(text -> new ShownResult(ShownResult.Kind.MESSAGE, text));
          }
          return Optional.empty();
        });
  }

  private static String describe(ResultDisplay result) {
    return (result.selector() == null ? "" : ", or a message in " + result.selector())
        + (result.dialogs() ? ", or a dialog" : "");
  }

  private SubscriptionFlow subscription(Site site, String service) {
    return section(site, site.profile().subscription(), "subscription", service);
  }

  /** The section the service needs; its absence is a driver's gap, said as such. */
  private <T> T section(Site site, Optional<T> section, String field, String service) {
    return section.orElseThrow(
        () ->
            new UnsupportedOperationException(
                "profile "
                    + site.profile().name()
                    + " has no "
                    + field
                    + (site.profile().driver().isPresent()
                        ? " and " + getClass().getName() + " does not override " + service
                        : "; describe it in the profile")));
  }
}
