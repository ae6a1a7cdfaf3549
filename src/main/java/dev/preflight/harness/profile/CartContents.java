package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What a test wants in the cart: products and counts, a coupon, or just an amount for a site with a
 * test page that takes one.
 *
 * @param coupon a coupon code, or null
 * @param amount the total the test wants, or null when the products decide it
 */
public record CartContents(List<Line> lines, String coupon, Long amount) {

  /** A product and how many of it. */
  public record Line(String productId, int count) {}

  public CartContents {
    lines = List.copyOf(lines);
  }

  /** A cart written as the reference merchant's address writes it: {@code BOOK-1:2,CD-7:1}. */
  public static CartContents of(String items) {
    return new CartContents(parseItems(items), null, null);
  }

  public static CartContents ofAmount(long amount) {
    return new CartContents(List.of(), null, amount);
  }

  public CartContents withCoupon(String code) {
    return new CartContents(lines, code, amount);
  }

  /**
   * Reads {@code ID[:COUNT],…}; a missing count means one.
   *
   * @throws IllegalArgumentException naming the item that is not of that form
   */
  public static List<Line> parseItems(String items) {
    List<Line> lines = new ArrayList<>();
    for (String item : items.split(",", -1)) {
      String[] parts = item.strip().split(":", -1);
      if (parts[0].isBlank() || parts.length > 2) {
        throw new IllegalArgumentException(
            "'" + item.strip() + "' is not a product; write ID:COUNT, such as BOOK-1:2");
      }
      int count = 1;
      if (parts.length == 2) {
        try {
          count = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException notANumber) {
          count = 0;
        }
        if (count < 1) {
          throw new IllegalArgumentException(
              "'" + item.strip() + "' has no count of 1 or more; write ID:COUNT, such as BOOK-1:2");
        }
      }
      lines.add(new Line(parts[0].strip(), count));
    }
    return lines;
  }

  /**
   * What the cart comes to: its amount when given, else the products' prices less the coupon; empty
   * when a product or the coupon is not in the lists.
   */
  public OptionalLong total(List<Product> products, List<Coupon> coupons) {
    if (amount != null) {
      return OptionalLong.of(amount);
    }
    long total = 0;
    for (Line line : lines) {
      Optional<Product> product =
          products.stream().filter(p -> p.id().equals(line.productId())).findFirst();
      if (product.isEmpty()) {
        return OptionalLong.empty();
      }
      total += product.get().price() * line.count();
    }
    if (coupon != null) {
      Optional<Coupon> found = coupons.stream().filter(c -> c.code().equals(coupon)).findFirst();
      if (found.isEmpty()) {
        return OptionalLong.empty();
      }
      total -= found.get().discount();
    }
    return OptionalLong.of(Math.max(0, total));
  }

  /** The lines as {@code ID:COUNT,…}; empty when there are none. */
  public String items() {
    return lines.stream()
        .map(l -> l.productId() + ":" + l.count())
        .collect(Collectors.joining(","));
  }

  /** The values of {@code {items}}, {@code {amount}} and {@code {coupon}}; empty when not set. */
  public Map<String, String> placeholders() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("items", items());
    values.put("amount", amount == null ? "" : Long.toString(amount));
    values.put("coupon", coupon == null ? "" : coupon);
    return values;
  }
}
