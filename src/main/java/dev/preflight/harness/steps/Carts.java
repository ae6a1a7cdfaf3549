package dev.preflight.harness.steps;

import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.profile.Cart;
import dev.preflight.harness.profile.CartContents;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.Product;
import java.util.List;

/**
 * The carts the features ask for, made from the profile's products: the features say "a product" or
 * "several products", and each site fills that with what it sells.
 */
final class Carts {
  /** An order a partial refund can take a part of, well above the minimum. */
  private static final long COMFORTABLE_MULTIPLE = 10;

  /** What a site that takes only an amount is asked for. */
  static final long ONE_PRODUCT_AMOUNT = 14_000;

  static final long SEVERAL_PRODUCTS_AMOUNT = 44_500;

  private Carts() {}

  /** One product, priced well above the minimum when the site sells one. */
  static CartContents oneProduct(MerchantProfile profile) {
    List<Product> sellable = sellable(profile);
    if (sellable.isEmpty()) {
      return CartContents.ofAmount(ONE_PRODUCT_AMOUNT);
    }
    long comfortable = profile.tenant().minimumAmount() * COMFORTABLE_MULTIPLE;
    Product product =
        sellable.stream().filter(p -> p.price() >= comfortable).findFirst().orElse(sellable.get(0));
    return new CartContents(List.of(new CartContents.Line(product.id(), 1)), null, null);
  }

  /** Two of one product and one of another, so the cart has lines with counts above one. */
  static CartContents severalProducts(MerchantProfile profile) {
    List<Product> sellable = sellable(profile);
    if (sellable.isEmpty()) {
      return CartContents.ofAmount(SEVERAL_PRODUCTS_AMOUNT);
    }
    if (sellable.size() == 1) {
      return new CartContents(List.of(new CartContents.Line(sellable.get(0).id(), 3)), null, null);
    }
    return new CartContents(
        List.of(
            new CartContents.Line(sellable.get(0).id(), 2),
            new CartContents.Line(sellable.get(1).id(), 1)),
        null,
        null);
  }

  /** The profile's cart under the minimum, or an amount under it for a site that takes one. */
  static CartContents underMinimum(MerchantProfile profile) {
    if (profile.underMinimum().isPresent()) {
      return profile.underMinimum().get();
    }
    if (profile.products().isEmpty()) {
      return CartContents.ofAmount(Math.max(1, profile.tenant().minimumAmount() / 2));
    }
    throw new PreconditionNotMet(
        "the profile gives no under_minimum cart, so no order under the minimum could be made");
  }

  /**
   * The products at or above the minimum, in the profile's order; none when the site's cart takes
   * only an amount.
   */
  private static List<Product> sellable(MerchantProfile profile) {
    if (!profile.cart().map(Cart::takesProducts).orElse(true)) {
      return List.of();
    }
    return profile.products().stream()
        .filter(p -> p.price() >= profile.tenant().minimumAmount())
        .toList();
  }
}
