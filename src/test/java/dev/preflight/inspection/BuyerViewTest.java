package dev.preflight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuyerViewTest {
  private static final String MESSAGE = "잔액이 부족합니다. 다른 결제수단을 이용해주세요.";

  private static BuyerView view(List<String> dialogs, String... texts) {
    return new BuyerView(dialogs, List.of(texts), "http://shop/checkout", 7, null);
  }

  @Test
  void aWrappedMessageIsFoundInTheSmallestTextThatHoldsIt() {
    String wrapped = "결제에 실패하였습니다. 실패 사유: " + MESSAGE;
    BuyerView buyer = view(List.of(), "주문서 자바의 정석 14,000원 " + wrapped, wrapped, "자바의 정석");

    assertThat(buyer.shows(MESSAGE)).isFalse();
    assertThat(buyer.closestTo(MESSAGE)).containsExactly(wrapped);
  }

  @Test
  void aRewordedMessageIsFoundByTheWordsItKept() {
    BuyerView buyer = view(List.of(), "주문서", "잔액이 부족해서 결제하지 못했어요", "자바의 정석 14,000원");

    assertThat(buyer.closestTo(MESSAGE)).containsExactly("잔액이 부족해서 결제하지 못했어요");
  }

  @Test
  void textsThatShareOnlyACommonWordAreNotOffered() {
    BuyerView buyer = view(List.of(), "주문서", "결제하기", "자바의 정석 14,000원");

    assertThat(buyer.closestTo(MESSAGE)).isEmpty();
  }

  @Test
  void dialogsAreAlwaysOffered() {
    BuyerView buyer = view(List.of("결제 오류"), "주문서", "결제하기");

    assertThat(buyer.closestTo(MESSAGE)).containsExactly("결제 오류");
  }

  @Test
  void whitespaceIsComparedAsTheVerbatimRuleComparesIt() {
    BuyerView buyer = view(List.of(), "  잔액이 부족합니다.\n   다른 결제수단을 이용해주세요.  ");

    assertThat(buyer.shows(MESSAGE)).isTrue();
    assertThat(buyer.closestTo(MESSAGE)).containsExactly(MESSAGE);
  }
}
