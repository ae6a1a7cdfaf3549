package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleEncodingTest {
  private static final Charset ASCII = StandardCharsets.US_ASCII;

  @Test
  void aUtf8LocaleThatIsNotInstalledStillGetsUtf8() {
    assertThat(ConsoleEncoding.repair(ASCII, Map.of("LANG", "ko_KR.UTF-8")))
        .contains(StandardCharsets.UTF_8);
    assertThat(ConsoleEncoding.repair(ASCII, Map.of("LC_ALL", "ko_KR.utf8")))
        .contains(StandardCharsets.UTF_8);
  }

  @Test
  void theFirstSetVariableDecidesAsTheCLibraryReadsThem() {
    assertThat(
            ConsoleEncoding.repair(
                ASCII, Map.of("LC_ALL", "en_US.ISO-8859-1", "LANG", "ko_KR.UTF-8")))
        .isEmpty();
    assertThat(ConsoleEncoding.repair(ASCII, Map.of("LC_ALL", "", "LC_CTYPE", "en_US.UTF-8")))
        .contains(StandardCharsets.UTF_8);
  }

  @Test
  void aConsoleThatWritesHangulOrALocaleNamingAnotherCharsetIsLeftAlone() {
    assertThat(ConsoleEncoding.repair(StandardCharsets.UTF_8, Map.of("LANG", "ko_KR.UTF-8")))
        .isEmpty();
    assertThat(ConsoleEncoding.repair(Charset.forName("EUC-KR"), Map.of("LANG", "ko_KR.EUC-KR")))
        .isEmpty();
    assertThat(ConsoleEncoding.repair(ASCII, Map.of("LANG", "en_US.ISO-8859-1"))).isEmpty();
  }

  @Test
  void aBareContainerWithNoCharsetNamedGetsUtf8RatherThanQuestionMarks() {
    assertThat(ConsoleEncoding.repair(ASCII, Map.of())).contains(StandardCharsets.UTF_8);
    assertThat(ConsoleEncoding.repair(ASCII, Map.of("LANG", "C"))).contains(StandardCharsets.UTF_8);
    assertThat(ConsoleEncoding.repair(ASCII, Map.of("LC_ALL", "POSIX")))
        .contains(StandardCharsets.UTF_8);
  }
}
