package dev.preflight.harness.profile;

/**
 * The services the harness needs from a merchant's site. {@link ProfileSiteDriver} provides them
 * from the profile's YAML; a site that YAML cannot describe ships its own class in a jar on the
 * classpath, listed in {@code META-INF/services/dev.preflight.harness.profile.SiteDriver} and named
 * by the profile's {@code driver} field. Extending {@link ProfileSiteDriver} keeps the YAML for
 * everything not overridden.
 *
 * <p>Drivers offer services and never judge: the rules do, from what the harness recorded. The
 * harness drives the Naver Pay window itself, between {@link #pay} and {@link #readResult}, and
 * hands the browser back on the shop's window. Implementations need a public no-argument
 * constructor and must keep no state between calls: one instance may serve several sites.
 */
public interface SiteDriver {

  /** Signs the buyer in, if the site needs it, before the buyer's first action. */
  void logInAsBuyer(Site site);

  /** Signs an admin into the back office, if the site needs it, before a back-office cancel. */
  void logInAsAdmin(Site site);

  /** Puts the contents in the cart and ends on the page with the Naver Pay control. */
  void openCart(Site site, CartContents contents);

  /** Does what the buyer does before paying, and presses the Naver Pay control. */
  void pay(Site site);

  /** Waits until the site shows how the payment went, and says what it showed. */
  ShownResult readResult(Site site);

  /** The buyer cancels the order, from wherever the site lets buyers do so. */
  void buyerCancel(Site site, PaidOrder order);

  /**
   * The back office cancels the order.
   *
   * @param amount the amount to cancel in won, or null to cancel the whole order
   */
  void adminCancel(Site site, PaidOrder order, Long amount);

  /** Goes to the subscription sign-up and presses the control that opens the registration. */
  void signUpForSubscription(Site site);

  /** Waits until the site shows how the sign-up went, and says what it showed. */
  ShownResult readSubscriptionResult(Site site);

  /** The buyer ends the subscription registered under the customer_uid. */
  void cancelSubscription(Site site, String customerUid);
}
