package dev.preflight.merchant;

import java.util.ArrayList;
import java.util.List;

/**
 * A cart, as the checkout URL carries it ({@code items=BOOK-1:2,CD-7:1&coupon=WELCOME3000}), so
 * that a test can put any content in it with one address.
 */
public record Cart(List<Line> lines, long discount) {

  /** A product and how many of it. */
  public record Line(Product product, int count) {
    public long amount() {
      return product.price() * count;
    }
  }

  public static Cart parse(String items, String coupon) {
    List<Line> lines = new ArrayList<>();
    if (items != null) {
      for (String item : items.split(",")) {
        String[] parts = item.trim().split(":");
        if (parts[0].isEmpty()) {
          continue;
        }
        Product product =
            Catalog.product(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("없는 상품입니다: " + parts[0]));
        int count = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        if (count < 1 || count > 99) {
          throw new IllegalArgumentException("수량은 1~99개입니다: " + item);
        }
        lines.add(new Line(product, count));
      }
    }
    return new Cart(List.copyOf(lines), Catalog.coupon(coupon).orElse(0L));
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public long subtotal() {
    return lines.stream().mapToLong(Line::amount).sum();
  }

  public long total() {
    return Math.max(0, subtotal() - discount);
  }

  /** The order's display name: the first product's, as Naver asks (it adds "외 N개" itself). */
  public String name() {
    return lines.get(0).product().name();
  }

  public int itemCount() {
    return lines.stream().mapToInt(Line::count).sum();
  }
}
