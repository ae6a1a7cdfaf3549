package dev.preflight.zoo.beanclub;

import java.util.List;
import java.util.Optional;

/** 빈클럽 상품 목록. 원두는 네이버페이 카테고리 PRODUCT/GENERAL 로 판매한다. */
final class Beans {

  record Bean(String id, String name, int price, String origin, String note) {
    String categoryType() {
      return "PRODUCT";
    }

    String categoryId() {
      return "GENERAL";
    }
  }

  static final List<Bean> ALL =
      List.of(
          new Bean("ETH-YIRGA", "에티오피아 예가체프 200g", 16000, "에티오피아", "자스민, 레몬, 홍차"),
          new Bean("KEN-AA", "케냐 AA 200g", 17500, "케냐", "블랙커런트, 자몽"),
          new Bean("COL-SUP", "콜롬비아 수프리모 500g", 28000, "콜롬비아", "캐러멜, 견과류"),
          new Bean("BLEND-HOUSE", "빈클럽 하우스 블렌드 1kg", 39000, "블렌드", "다크초콜릿, 묵직한 바디"),
          new Bean("DRIP-10", "드립백 10개입", 12000, "블렌드", "간편하게 한 잔"),
          new Bean("SAMPLE-50", "원두 샘플", 50, "랜덤", "이번 주 로스팅 원두 20g"));

  /** 정기구독: 매월 200g 두 봉. */
  static final String PLAN_NAME = "빈클럽 월간 원두 구독";

  static final int PLAN_PRICE = 19900;

  /** 네이버페이 정기결제 상품 코드: 같은 구매자가 같은 상품을 두 번 등록하지 못하게 고정값. */
  static final String PLAN_PRODUCT_CODE = "BEANCLUB-MONTHLY-01";

  static Optional<Bean> find(String id) {
    return ALL.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  private Beans() {}
}
