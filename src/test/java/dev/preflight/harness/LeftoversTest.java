package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A message already on the page when pay was pressed is not the shop's answer to it. */
class LeftoversTest {
  private final Leftovers before = Leftovers.of(List.of("장바구니에 담았습니다.", " "));

  @Test
  void aMessageFromBeforeThePressIsNotNews() {
    assertThat(before.isNew("장바구니에 담았습니다.", List.of())).isFalse();
    assertThat(before.isNew("  장바구니에\n담았습니다. ", List.of())).isFalse();
  }

  @Test
  void anotherMessageIsNews() {
    assertThat(before.isNew("잔액이 부족합니다.", List.of())).isTrue();
  }

  @Test
  void theSameMessageShownAgainSinceThePressIsNews() {
    assertThat(before.isNew("장바구니에 담았습니다.", List.of("장바구니에 담았습니다."))).isTrue();
  }

  @Test
  void withNothingBeforeEveryMessageIsNews() {
    assertThat(Leftovers.none().isEmpty()).isTrue();
    assertThat(Leftovers.of(List.of("", " ")).isEmpty()).isTrue();
    assertThat(Leftovers.none().isNew("결제가 완료되었습니다", List.of())).isTrue();
  }
}
