package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  /**
   * The cart under the minimum, its products and coupon checked against the lists.
   *
   * @param products null when the lists had a problem, which leaves the names unchecked
   */
  CartContents underMinimum(Field field, List<Product> products, List<Coupon> coupons) {
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
      try {
        lines = CartContents.parseItems(items);
      } catch (IllegalArgumentException badItem) {
        reader.problem(itemsField.path(), badItem.getMessage());
        return null;
      }
      for (CartContents.Line line : products == null ? List.<CartContents.Line>of() : lines) {
        if (products.stream().noneMatch(p -> p.id().equals(line.productId()))) {
          reader.problem(
              itemsField.path(),
              "no product " + line.productId() + " in products; list it there with its price");
        }
      }
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
}
