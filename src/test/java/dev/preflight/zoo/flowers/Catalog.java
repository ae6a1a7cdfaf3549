package dev.preflight.zoo.flowers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 꽃길 플라워's goods, coupons and delivery fee. Fixed in code: the shop has no product admin. */
final class Catalog {

  /** Delivery in Seoul and Gyeonggi, once per order that has something to deliver. */
  static final int DELIVERY_FEE = 3000;

  /**
   * One thing the shop sells. A class ticket has its date ({@code yyyyMMdd}); a pickup item is
   * collected at the shop, so it adds no delivery fee.
   */
  record Flower(
      String id,
      String name,
      int price,
      String categoryType,
      String categoryId,
      boolean delivered,
      String classDate,
      String blurb) {

    boolean isClass() {
      return classDate != null;
    }
  }

  private static final Map<String, Flower> FLOWERS = new LinkedHashMap<>();
  private static final Map<String, Integer> COUPONS = new LinkedHashMap<>();

  static {
    add(
        new Flower(
            "rose-20",
            "레드 장미 20송이 꽃다발",
            45000,
            "PRODUCT",
            "GENERAL",
            true,
            null,
            "가장 많이 찾으시는 고백·기념일 꽃다발. 당일 오후 2시 주문까지 당일 배송."));
    add(
        new Flower(
            "class-wreath",
            "플라워 원데이 클래스 - 겨울 리스 만들기",
            55000,
            "PLAY",
            "TICKET",
            false,
            "20270116",
            "2027년 1월 16일(토) 오후 2시, 성수 매장. 재료비 포함, 완성품은 가져가세요."));
    add(
        new Flower(
            "tulip-10",
            "파스텔 튤립 10송이 꽃다발",
            32000,
            "PRODUCT",
            "GENERAL",
            true,
            null,
            "수입 튤립을 파스텔 톤으로 묶었습니다. 졸업·입학 선물로 좋아요."));
    add(
        new Flower(
            "basket-congrats",
            "축하 꽃바구니",
            59000,
            "PRODUCT",
            "GENERAL",
            true,
            null,
            "개업·승진 축하용 꽃바구니. 리본 문구를 요청사항에 적어주세요."));
    add(
        new Flower(
            "dry-sample",
            "드라이플라워 샘플 (매장 수령)",
            100,
            "PRODUCT",
            "GENERAL",
            false,
            null,
            "클래스 재료를 미리 보실 수 있는 샘플입니다. 배송 없이 매장에서 받아가세요."));
    COUPONS.put("WELCOME3000", 3000);
    COUPONS.put("SAMPLE50", 50);
  }

  private Catalog() {}

  private static void add(Flower flower) {
    FLOWERS.put(flower.id(), flower);
  }

  static List<Flower> all() {
    return List.copyOf(FLOWERS.values());
  }

  static Optional<Flower> find(String id) {
    return Optional.ofNullable(id == null ? null : FLOWERS.get(id));
  }

  /** The coupon's discount in won, if the code exists (codes are case-insensitive). */
  static Optional<Integer> coupon(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(COUPONS.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
  }
}
