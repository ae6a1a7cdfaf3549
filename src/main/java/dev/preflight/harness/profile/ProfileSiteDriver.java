package dev.preflight.harness.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Drives a site as its profile's YAML says. It is the driver of every profile that names none, and
 * the class to extend when only a part of a site needs Java: override that service, keep the rest.
 */
public class ProfileSiteDriver implements SiteDriver {
  /** How long after a dialog the page may take to show something that tells more. */
  private static final Duration DIALOG_SETTLES = Duration.ofSeconds(3);

  /** A page that has not changed this long since the dialog closed has nothing more to tell. */
  private static final Duration RESTED_AFTER_DIALOG = Duration.ofMillis(1200);

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
  public void buyerCancel(Site site, PaidOrder order) {
    Flow flow = section(site, site.profile().buyerCancel(), "buyer_cancel", "buyerCancel");
    run(site, flow, order.placeholders());
  }

  /**
   * A whole order's {@code {amount}} is what was paid, for a back office whose only refund form
   * takes an amount; a part's is the part.
   */
  @Override
  public void adminCancel(Site site, PaidOrder order, Long amount) {
    Map<String, String> values = new java.util.HashMap<>(order.placeholders());
    if (amount == null) {
      Flow flow = section(site, site.profile().adminCancel(), "admin_cancel", "adminCancel");
      values.put("amount", values.get("order_amount"));
      run(site, flow, values);
      return;
    }
    Flow flow =
        section(site, site.profile().adminPartialCancel(), "admin_partial_cancel", "adminCancel");
    values.put("amount", Long.toString(amount));
    run(site, flow, values);
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

  /**
   * The steps, then the {@code done} mark if it comes: a cancel the gateway refused rightly never
   * shows it, and what the buyer is shown instead is for the rules to judge, not a failure to
   * drive.
   */
  private static void run(Site site, Flow flow, Map<String, String> values) {
    site.run(flow.stepsFor(values));
    flow.doneFor(values)
        .ifPresent(
            done -> {
              try {
                site.browser().waitFor(done);
              } catch (RuntimeException notDone) {
                // Judged from the journal and the page, as it is.
              }
            });
  }

  /**
   * The first of: the success mark, a message in the result element, or a dialog. A dialog is
   * closed at once (nothing else can be read past it) but is the answer only if nothing follows
   * soon: many shops say "결제가 완료되었습니다" in an alert, then move to the order page. The profile's
   * success dialog waits for that page, and is the success if it never comes.
   */
  /**
   * Whether the page has had its time to tell more after the dialog: it rested since, or the full
   * window passed.
   */
  private static boolean settledAfter(BrowserSession browser, Instant dialogAt) {
    Duration since = Duration.between(dialogAt, Instant.now());
    return since.compareTo(DIALOG_SETTLES) > 0
        || (since.compareTo(RESTED_AFTER_DIALOG) >= 0 && browser.restingFor(RESTED_AFTER_DIALOG));
  }

  private static ShownResult awaitResult(
      Site site, ResultDisplay result, String successSelector, String successText) {
    BrowserSession browser = site.browser();
    String[] dialog = {null};
    Instant[] dialogAt = {null};
    try {
      return browser.await(
          "the payment's result: " + successSelector + describe(result),
          () -> {
            Optional<String> opened = browser.takeDialog();
            if (opened.isPresent()) {
              dialog[0] = opened.get();
              dialogAt[0] = Instant.now();
            }
            Optional<String> success = browser.text(successSelector);
            if (success.isPresent()
                && (successText == null || success.get().contains(successText))) {
              return Optional.of(new ShownResult(ShownResult.Kind.COMPLETED, success.get()));
            }
            if (result.selector() != null) {
              Optional<ShownResult> message =
                  browser
                      .text(result.selector())
                      .filter(text -> !text.isBlank())
                      .map(text -> new ShownResult(ShownResult.Kind.MESSAGE, text));
              if (message.isPresent()) {
                // The page may have drawn its success mark and a message (a "결제 완료" toast) in
                // one go, between our two reads: the mark, when it is there now, is the answer.
                Optional<String> late = browser.text(successSelector);
                if (late.isPresent() && (successText == null || late.get().contains(successText))) {
                  return Optional.of(new ShownResult(ShownResult.Kind.COMPLETED, late.get()));
                }
                return message;
              }
            }
            boolean successDialog = result.success().saidBy(dialog[0]);
            if (dialog[0] != null && !successDialog && settledAfter(browser, dialogAt[0])) {
              return Optional.of(new ShownResult(ShownResult.Kind.DIALOG, dialog[0]));
            }
            return Optional.empty();
          });
    } catch (RuntimeException nothingMore) {
      // The wait ended without a page to tell more: a dialog seen on the way is the answer.
      if (dialog[0] != null) {
        return new ShownResult(
            result.success().saidBy(dialog[0])
                ? ShownResult.Kind.COMPLETED
                : ShownResult.Kind.DIALOG,
            dialog[0]);
      }
      throw nothingMore;
    }
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
