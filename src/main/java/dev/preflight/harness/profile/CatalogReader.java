package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads what the harness may buy: products, coupons, and a cart under the minimum. */
final class CatalogReader {
  private final Reader reader;

  CatalogReader(Reader reader) {
    this.reader = reader;
  }

  List<Product> products(Field field) {
    List<Product> products = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Field entry : reader.list(field, false, "products")) {
      if (!reader.mapping(entry, List.of("id", "name", "price", "category_type", "category_id"))) {
        continue;
      }
      String id =
          reader.text(entry.get("id"), true, "the product id the site uses, such as BOOK-1");
      String name = reader.text(entry.get("name"), true, "the product name the site shows");
      Long price = reader.won(entry.get("price"), true, 1);
      String type =
          reader.text(entry.get("category_type"), true, "Naver Pay's category type, such as BOOK");
      String category =
          reader.text(entry.get("category_id"), true, "Naver Pay's category id, such as GENERAL");
      if (id != null && !ids.add(id)) {
        reader.problem(entry.get("id").path(), id + " is listed twice; give each product once");
      }
      if (id != null && name != null && price != null && type != null && category != null) {
        products.add(new Product(id, name, price, type, category));
      }
    }
    return products;
  }

  List<Coupon> coupons(Field field) {
    List<Coupon> coupons = new ArrayList<>();
    for (Field entry : reader.list(field, false, "coupons")) {
      if (!reader.mapping(entry, List.of("code", "discount"))) {
        continue;
      }
      String code = reader.text(entry.get("code"), true, "the coupon code, such as WELCOME3000");
      Long discount = reader.won(entry.get("discount"), true, 1);
      if (code != null && discount != null) {
        coupons.add(new Coupon(code, discount));
      }
    }
    return coupons;
  }

  /** The kinds of cart the scenarios buy, which {@code carts} may name. */
  static final List<String> CART_KINDS = List.of("one_product", "several_products");

  /** The carts the profile names for the scenarios, each checked as a cart is. */
  Map<String, CartContents> carts(Field field, List<Product> products, List<Coupon> coupons) {
    Map<String, CartContents> carts = new LinkedHashMap<>();
    if (field.absent() || !reader.mapping(field, CART_KINDS)) {
      return carts;
    }
    for (String kind : CART_KINDS) {
      Field cart = field.get(kind);
      if (cart.present()) {
        CartContents contents = cartContents(cart, products, coupons);
        if (contents != null) {
          carts.put(kind, contents);
        }
      }
    }
    return carts;
  }

  /**
   * A cart: products as {@code ID:COUNT,…} (alone, or as {@code items} beside a {@code coupon}), or
   * an {@code amount}; its products and coupon checked against the lists.
   *
   * @param products null when the lists had a problem, which leaves the names unchecked
   */
  CartContents cartContents(Field field, List<Product> products, List<Coupon> coupons) {
    if (field.node().isTextual()) {
      return lines(field, field.node().asText(), products)
          .map(lines -> new CartContents(lines, null, null))
          .orElse(null);
    }
    if (!reader.mapping(field, List.of("items", "coupon", "amount"))) {
      return null;
    }
    Field itemsField = field.get("items");
    String items = reader.text(itemsField, false, "products as ID:COUNT, such as STICKER-1:1");
    String coupon = reader.text(field.get("coupon"), false, "a coupon code from coupons");
    Long amount = reader.won(field.get("amount"), false, 0);
    if (itemsField.absent() && field.get("amount").absent()) {
      reader.problem(
          field.path(),
          "says nothing to buy; give under_minimum.items (such as STICKER-1:1) or"
              + " under_minimum.amount");
      return null;
    }
    List<CartContents.Line> lines = List.of();
    if (items != null) {
      Optional<List<CartContents.Line>> read = lines(itemsField, items, products);
      if (read.isEmpty()) {
        return null;
      }
      lines = read.get();
    }
    if (coupon != null
        && products != null
        && coupons.stream().noneMatch(c -> c.code().equals(coupon))) {
      reader.problem(
          field.get("coupon").path(),
          "no coupon " + coupon + " in coupons; list it there with its discount");
    }
    return new CartContents(lines, coupon, amount);
  }

  /** Products as {@code ID:COUNT,…}, each one the profile lists; empty after a problem. */
  private Optional<List<CartContents.Line>> lines(
      Field field, String items, List<Product> products) {
    List<CartContents.Line> lines;
    try {
      lines = CartContents.parseItems(items);
    } catch (IllegalArgumentException badItem) {
      reader.problem(field.path(), badItem.getMessage());
      return Optional.empty();
    }
    for (CartContents.Line line : products == null ? List.<CartContents.Line>of() : lines) {
      if (products.stream().noneMatch(p -> p.id().equals(line.productId()))) {
        reader.problem(
            field.path(),
            "no product " + line.productId() + " in products; list it there with its price");
      }
    }
    return Optional.of(lines);
  }
}
