package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.merchant.Defect;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MerchantCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsEveryDefectWithTheRulesItMustTrip() {
    assertThat(run("merchant", "--help")).isZero();

    for (Defect defect : Defect.values()) {
      assertThat(out.toString())
          .contains(defect.switchName())
          .contains("(trips " + String.join(", ", defect.rules()) + ")");
    }
  }

  @Test
  void anUnknownDefectIsNamedWithTheFix() {
    assertThat(run("merchant", "--port", "0", "--defect", "no-such-mistake")).isEqualTo(2);

    assertThat(err.toString()).contains("no-such-mistake", "merchant --help");
  }
}
