package dev.preflight.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 을(를) and its kind read right after the value a Korean message puts before them. */
class KoreanParticlesTest {
  private final Messages korean = Messages.of(Lang.KO);

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "결제하기, 을(를), 를",
    "주문하기 버튼, 을(를), 을",
    "우전 녹차, 이(가), 가",
    "세작, 이(가), 이",
    "결제창, 은(는), 은",
    "주문서, 은(는), 는",
    "서울, (으)로, 로",
    "부산항, (으)로, 으로",
    "'결제하기', 을(를), 를",
    "HTTP 500, (으)로, 으로",
    "HTTP 404, (으)로, 로",
    "1, (으)로, 로",
    "10, 이(가), 이",
    "12000, 은(는), 은",
    "3, 이(가), 이",
    "0, 이(가), 이",
    "2, 이(가), 가",
    "1.5, 이(가), 가",
    "http://127.0.0.1:8080/cart, 이(가), 이(가)",
    "http://127.0.0.1:46495, 이(가), 이(가)",
    "v2, 이(가), 이(가)",
    "'3', 이(가), 이",
    "총 12.5, 이(가), 가",
    "약관에 동의해 주세요., 을(를), 를",
    "\"결제 실패!\", 을(를), 를",
    "base_url, 을(를), 을(를)",
    "'', 이(가), 이(가)",
  })
  void theFormFollowsTheSoundBefore(String before, String marked, String expected) {
    assertThat(KoreanParticles.choose(marked, before)).isEqualTo(expected);
  }

  @Test
  void aMessageTakesTheFormItsValueNeeds() {
    assertThat(korean.get("stop.control-disabled", "결제하기"))
        .startsWith("결제하기가 화면에 있지만")
        .doesNotContain("(가)");
    assertThat(korean.get("stop.control-disabled", "주문 버튼")).startsWith("주문 버튼이 화면에");
    assertThat(korean.get("cli.check.bad-lang", "ja")).contains("'ja'은(는)");
    assertThat(korean.get("cli.check.bad-workers", 0, 8)).startsWith("--workers 0은 ");
    assertThat(korean.get("probe.http-error", "cart", "http://x/cart", 500))
        .contains("HTTP 500으로 응답합니다")
        .contains("http://x/cart이(가)");
  }

  @Test
  void aMerchantsOwnTextIsShownAsItIs() {
    assertThat(korean.get("stop.control-disabled", "할인을(를) 적용")).startsWith("할인을(를) 적용이 화면에");
  }

  @Test
  void noPatternUsesThePlaceholdersParticlesAdd() {
    for (String key : korean.keys()) {
      java.util.regex.Matcher placeholder =
          java.util.regex.Pattern.compile("\\{(\\d+)").matcher(korean.pattern(key));
      while (placeholder.find()) {
        assertThat(Integer.parseInt(placeholder.group(1)))
            .as(key)
            .isLessThan(Messages.PARTICLE_ARGUMENTS);
      }
    }
  }

  @Test
  void englishIsUntouched() {
    assertThat(Messages.of(Lang.EN).get("stop.control-disabled", "결제하기")).contains("결제하기");
  }
}
