package dev.preflight.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundle is one: every key in both languages, with the same placeholders, each a pattern. */
class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private final Messages korean = Messages.of(Lang.KO);
  private final Messages english = Messages.of(Lang.EN);

  @Test
  void everyKeyIsInBothLanguages() {
    assertThat(korean.keys()).isNotEmpty().containsExactlyInAnyOrderElementsOf(english.keys());
  }

  @Test
  void noMessageIsBlank() {
    for (Messages messages : Set.of(korean, english)) {
      for (String key : messages.keys()) {
        assertThat(messages.pattern(key)).as(messages.lang() + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void bothLanguagesFillTheSamePlaceholders() {
    for (String key : english.keys()) {
      assertThat(placeholders(korean.pattern(key)))
          .as(key)
          .isEqualTo(placeholders(english.pattern(key)));
    }
  }

  @Test
  void everyMessageIsAPatternThatLeavesNoPlaceholderOrQuoteMarkBehind() {
    for (Messages messages : Set.of(korean, english)) {
      for (String key : messages.keys()) {
        String pattern = messages.pattern(key);
        Object[] values = new Object[placeholders(pattern).size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = "v" + i;
        }
        String shown = messages.get(key, values);
        assertThat(shown).as(messages.lang() + " " + key).doesNotContainPattern("\\{\\d+}");
        // A lone quote in a pattern quotes what follows and vanishes: "Naver's" would read
        // "Navers".
        assertThat(pattern.replace("''", ""))
            .as(messages.lang() + " " + key + ": write '' for a quote")
            .doesNotContainPattern("\\p{L}'\\p{L}");
        new MessageFormat(pattern); // parses
      }
    }
  }

  @Test
  void merchantTextFillsAPlaceholderAsItIs() {
    String merchant = "Naver's {0} '결제' {1}";

    assertThat(english.get("cli.check.bad-lang", merchant)).contains(merchant);
    assertThat(korean.get("html.title", merchant)).isEqualTo("네이버페이 사전 점검: " + merchant);
  }

  @Test
  void numbersAreWrittenWithoutGrouping() {
    assertThat(english.get("cli.check.bad-workers", 1000, 32)).contains("--workers 1000 ");
  }

  @Test
  void koreanIsTheDefaultOnlyOnAKoreanSystem() {
    assertThat(Lang.of(Locale.KOREA)).isEqualTo(Lang.KO);
    assertThat(Lang.of(Locale.forLanguageTag("ko"))).isEqualTo(Lang.KO);
    assertThat(Lang.of(Locale.US)).isEqualTo(Lang.EN);
    assertThat(Lang.of(Locale.JAPAN)).isEqualTo(Lang.EN);
  }

  @Test
  void aLanguageIsNamedByItsCode() {
    assertThat(Lang.parse("ko")).contains(Lang.KO);
    assertThat(Lang.parse("EN")).contains(Lang.EN);
    assertThat(Lang.parse("kr")).isEmpty();
    assertThat(Lang.parse(null)).isEmpty();
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern.replaceAll("'[^']*'", ""));
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
