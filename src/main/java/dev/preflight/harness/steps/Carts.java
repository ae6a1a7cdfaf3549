package dev.preflight.harness.steps;

import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.profile.Cart;
import dev.preflight.harness.profile.CartContents;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.Product;
import dev.preflight.report.StopReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** A cart of every category stops here: a catalogue of dozens would make a silly order. */
  private static final int MAX_LINES = 5;

  private Carts() {}

  /**
   * The profile's {@code carts.one_product}, else one product: the first priced well above the
   * minimum, else the first at or above it.
   */
  static CartContents oneProduct(MerchantProfile profile) {
    CartContents named = profile.carts().get("one_product");
    if (named != null) {
      return named;
    }
    List<Product> sellable = sellable(profile);
    if (sellable.isEmpty()) {
      return CartContents.ofAmount(ONE_PRODUCT_AMOUNT);
    }
    long comfortable = profile.tenant().minimumAmount() * COMFORTABLE_MULTIPLE;
    Product product =
        sellable.stream().filter(p -> p.price() >= comfortable).findFirst().orElse(sellable.get(0));
    return new CartContents(List.of(new CartContents.Line(product.id(), 1)), null, null);
  }

  /**
   * The profile's {@code carts.several_products}, else a cart with a line above one: the first
   * product of each Naver Pay category the catalogue lists (two of the first), so that every kind
   * of item the shop sells reaches naverProducts; with one category, the first two products.
   */
  static CartContents severalProducts(MerchantProfile profile) {
    CartContents named = profile.carts().get("several_products");
    if (named != null) {
      return named;
    }
    List<Product> sellable = sellable(profile);
    if (sellable.isEmpty()) {
      return CartContents.ofAmount(SEVERAL_PRODUCTS_AMOUNT);
    }
    if (sellable.size() == 1) {
      return new CartContents(List.of(new CartContents.Line(sellable.get(0).id(), 3)), null, null);
    }
    Map<String, Product> byCategory = new LinkedHashMap<>();
    sellable.forEach(p -> byCategory.putIfAbsent(p.categoryType() + "/" + p.categoryId(), p));
    List<Product> chosen =
        byCategory.size() > 1
            ? byCategory.values().stream().limit(MAX_LINES).toList()
            : sellable.subList(0, 2);
    List<CartContents.Line> lines = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      lines.add(new CartContents.Line(chosen.get(i).id(), i == 0 ? 2 : 1));
    }
    return new CartContents(lines, null, null);
  }

  /** The profile's cart under the minimum, or an amount under it for a site that takes one. */
  static CartContents underMinimum(MerchantProfile profile) {
    if (profile.underMinimum().isPresent()) {
      return profile.underMinimum().get();
    }
    if (profile.products().isEmpty()) {
      return CartContents.ofAmount(Math.max(1, profile.tenant().minimumAmount() / 2));
    }
    throw new PreconditionNotMet(StopReason.of("stop.no-under-minimum-cart"));
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
