package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.harness.profile.ControlDisabled;
import dev.preflight.report.StopReason;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;

/** Why a scenario stopped, said in the check's language, with the site's own words kept. */
class StopReasonsTest {
  private static final Messages KO = Messages.of(Lang.KO);
  private static final Messages EN = Messages.of(Lang.EN);

  @Test
  void aMissingCapabilityIsSaidInKoreanAndInEnglish() {
    PreconditionNotMet noCancel =
        new PreconditionNotMet(StopReason.of("stop.capability-missing", "buyer_cancel"));

    StopReason why = ScenarioResults.stopReason(Optional.of(noCancel));

    assertThat(why.in(KO)).isEqualTo("프로필의 capabilities에 buyer_cancel이(가) 없습니다");
    assertThat(why.in(EN)).isEqualTo("the profile does not list the buyer_cancel capability");
    assertThat(noCancel.getMessage()).isEqualTo(why.in(EN));
  }

  @Test
  void whatTheShopShowedStaysAsTheShopWroteIt() {
    String shown = "결제 실패 {0} '한도'";
    PreconditionNotMet noPayment =
        PreconditionNotMet.notReached(StopReason.of("stop.no-payment-to-begin", shown));

    assertThat(ScenarioResults.stopReason(Optional.of(noPayment)).in(KO))
        .isEqualTo("구매자가 처음 결제부터 완료하지 못했습니다. 가게가 보여 준 내용: " + shown);
  }

  @Test
  void theToolsOwnErrorsAreSaidAndABrowsersErrorIsKeptAsWritten() {
    TimeoutException waited =
        new TimeoutException(
            "Expected condition failed: waiting for #pay-button to be clickable (tried for 15"
                + " second(s) with 500 milliseconds interval)\nBuild info: 4.x");

    assertThat(ScenarioResults.stopReason(Optional.of(waited)).in(KO))
        .isEqualTo("15초 동안 기다렸지만 끝내 이루어지지 않았습니다: #pay-button to be clickable");
    assertThat(ScenarioResults.stopReason(Optional.of(new ControlDisabled("#pay"))).in(KO))
        .isEqualTo("#pay이(가) 화면에 있지만 계속 비활성 상태입니다");
    assertThat(ScenarioResults.stopReason(Optional.of(new NotDriven("base_url: no answer"))).in(EN))
        .isEqualTo("not driven: the site did not pass the probe: base_url: no answer");
    assertThat(
            ScenarioResults.stopReason(Optional.of(new IllegalStateException("net::ERR_FAILED")))
                .in(KO))
        .isEqualTo("net::ERR_FAILED");
    assertThat(ScenarioResults.stopReason(Optional.empty()).in(KO)).isEqualTo("시나리오가 일찍 끝났습니다");
  }

  @Test
  void everyStopReasonTheCodeGivesIsInTheBundle() throws IOException {
    Pattern given = Pattern.compile("StopReason\\.of\\(\\s*\"(stop\\.[a-z.-]+)\"");
    List<String> keys;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      keys =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .flatMap(
                  file -> {
                    try {
                      Matcher matcher = given.matcher(Files.readString(file));
                      return matcher.results().map(result -> result.group(1)).toList().stream();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
    }

    assertThat(keys).hasSizeGreaterThan(10);
    assertThat(keys).allSatisfy(key -> assertThat(EN.has(key)).as(key).isTrue());
  }
}
