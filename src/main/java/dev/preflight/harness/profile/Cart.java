package dev.preflight.harness.profile;

import java.util.List;
import java.util.Optional;

/**
 * How to put given contents in the cart and reach the page with the Naver Pay control: one address
 * (the reference merchant's {@code /checkout?items={items}}), or steps.
 *
 * @param url an address template with {@code {items}}, {@code {amount}}, {@code {coupon}}; null
 *     when steps are given
 * @param addItem steps run once per product line, with {@code {product}} and {@code {count}}; may
 *     be empty
 * @param steps steps run after the items are in, with {@code {items}}, {@code {amount}}, {@code
 *     {coupon}}; empty when a URL is given
 */
public record Cart(String url, List<Step> addItem, List<Step> steps) {

  public Cart {
    addItem = List.copyOf(addItem);
    steps = List.copyOf(steps);
  }

  public static Cart ofUrl(String url) {
    return new Cart(url, List.of(), List.of());
  }

  public Optional<String> urlTemplate() {
    return Optional.ofNullable(url);
  }

  /** Whether the site can be given an amount directly rather than products. */
  public boolean takesAmount() {
    return uses("amount");
  }

  /** Whether the site is given products (by {@code {items}} or per-item steps). */
  public boolean takesProducts() {
    return uses("items") || !addItem.isEmpty();
  }

  private boolean uses(String placeholder) {
    if (url != null) {
      return Placeholders.actionNames(url).contains(placeholder);
    }
    return steps.stream()
        .anyMatch(
            s ->
                Placeholders.actionNames(s.target()).contains(placeholder)
                    || Placeholders.actionNames(s.value()).contains(placeholder));
  }

  Cart resolve(Variables variables) {
    return new Cart(
        variables.fill("cart.url", url),
        Steps.resolve(addItem, variables, "cart.add_item"),
        Steps.resolve(steps, variables, "cart.steps"));
  }
}
