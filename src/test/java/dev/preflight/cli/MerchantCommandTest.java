package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.merchant.Defect;
import org.junit.jupiter.api.Test;

class MerchantCommandTest {
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void helpListsEveryDefectWithTheRulesItMustTrip() {
    assertThat(run("merchant", "--help")).isZero();

    for (Defect defect : Defect.values()) {
      assertThat(cli.out())
          .contains(defect.switchName())
          .contains("(trips " + String.join(", ", defect.rules()) + ")");
    }
  }

  @Test
  void anUnknownDefectIsNamedWithTheFix() {
    assertThat(run("merchant", "--port", "0", "--defect", "no-such-mistake")).isEqualTo(2);

    assertThat(cli.err()).contains("no-such-mistake", "merchant --help");
  }
}
