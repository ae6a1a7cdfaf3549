package dev.preflight.merchant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the shop sells. The 50-won sticker and the coupons exist to put a cart under Naver Pay's
 * minimum amount.
 */
public final class Catalog {
  private static final Map<String, Product> PRODUCTS = new LinkedHashMap<>();
  private static final Map<String, Long> COUPONS =
      Map.of("WELCOME3000", 3000L, "FRIEND13950", 13950L);

  static {
    add(new Product("BOOK-1", "자바의 정석", 14000, "BOOK", "GENERAL"));
    add(new Product("BOOK-2", "토비의 스프링", 32000, "BOOK", "GENERAL"));
    add(new Product("EBOOK-3", "모던 자바스크립트 (전자책)", 9900, "BOOK", "EBOOK"));
    add(new Product("CD-7", "이소라 7집", 16500, "MUSIC", "CD"));
    add(new Product("STICKER-1", "책갈피 스티커", 50, "PRODUCT", "GENERAL"));
  }

  private Catalog() {}

  private static void add(Product product) {
    PRODUCTS.put(product.id(), product);
  }

  public static List<Product> products() {
    return List.copyOf(PRODUCTS.values());
  }

  public static Optional<Product> product(String id) {
    return Optional.ofNullable(PRODUCTS.get(id));
  }

  public static Optional<Long> coupon(String code) {
    return Optional.ofNullable(code == null ? null : COUPONS.get(code));
  }
}
