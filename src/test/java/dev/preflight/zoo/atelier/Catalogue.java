package dev.preflight.zoo.atelier;

import java.util.List;
import java.util.Optional;

/** What 아틀리에 모노 sells. The workshop is a ticket for one day, so Naver gets its date. */
final class Catalogue {
  record Goods(
      String id,
      String name,
      long price,
      String categoryType,
      String categoryId,
      String day,
      String blurb) {
    boolean dated() {
      return day != null;
    }
  }

  static final List<Goods> ALL =
      List.of(
          new Goods(
              "MUG-01",
              "모노 세라믹 머그 350ml",
              18000,
              "PRODUCT",
              "GENERAL",
              null,
              "무광 백색 유약, 손잡이가 넓은 머그"),
          new Goods(
              "WS-SILK",
              "실크스크린 원데이 클래스 입장권",
              35000,
              "PLAY",
              "TICKET",
              "20271016",
              "10월 16일(토) 오후 2시, 성수 작업실"),
          new Goods("POSTER-A2", "그리드 포스터 A2", 24000, "PRODUCT", "GENERAL", null, "리소 인쇄, 2도"),
          new Goods("NOTE-03", "린넨 하드커버 노트", 12000, "PRODUCT", "GENERAL", null, "180쪽, 모눈"),
          new Goods("STK-SAMPLE", "스티커 샘플 1장", 90, "PRODUCT", "GENERAL", null, "배송비 없이 주문과 함께"));

  private Catalogue() {}

  static Optional<Goods> find(String id) {
    return ALL.stream().filter(g -> g.id().equals(id)).findFirst();
  }
}
