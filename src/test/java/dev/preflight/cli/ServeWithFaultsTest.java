package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.HttpReply;
import dev.preflight.support.MerchantRestClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --faults DIR}: the fault front next to the simulator, and its option errors. */
class ServeWithFaultsTest {
  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void helpDescribesTheFaultOptions() {
    assertThat(run("serve", "--help")).isZero();

    assertThat(cli.out())
        .contains("--faults", "--faults-port", "7071", "--chaos-seed", "--chaos-rate", "0.05");
  }

  @Test
  void theFrontAnswersFaultsAndPassesEverythingElseToTheSimulator() throws Exception {
    Thread serve =
        new Thread(
            () ->
                run(
                    "serve",
                    "--port",
                    "0",
                    "--faults",
                    "stubs",
                    "--faults-port",
                    "0",
                    "--chaos-seed",
                    "5",
                    "--chaos-rate",
                    "0"));
    serve.start();
    try {
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> cli.out().contains("Ctrl-C"));
      String banner = cli.out();
      SimulatorControl simulator = SimulatorControl.at(url(banner, "simulator listening on "));
      MerchantRestClient front = new MerchantRestClient(url(banner, "fault front listening on "));
      assertThat(banner).contains("payment-lookup-timeout", "chaos             : seed 5, rate 0.0");

      HttpReply token =
          front.postJson(
              "/users/getToken",
              Map.of("imp_key", "preflight_key", "imp_secret", "preflight_secret"));
      HttpReply struck =
          front.postJson(
              "/users/getToken",
              Map.of("imp_key", "preflight_key", "imp_secret", "preflight_secret"),
              "X-Preflight-Fault",
              "token-500");

      assertThat(token.status()).isEqualTo(200);
      assertThat(token.response().get("access_token").asText()).hasSize(40);
      assertThat(struck.status()).isEqualTo(500);
      assertThat(simulator.journal())
          .extracting(JournalEntry::kind)
          .containsExactly("rest", "fault");
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(serve.isAlive()).isFalse();
  }

  private static String url(String banner, String label) {
    Matcher url = Pattern.compile(label + "(http://127\\.0\\.0\\.1:\\d+)").matcher(banner);
    assertThat(url.find()).as(label).isTrue();
    return url.group(1);
  }

  @Test
  void chaosWithoutAPackIsRefused() {
    assertThat(run("serve", "--port", "0", "--chaos-seed", "1")).isEqualTo(2);
    assertThat(cli.err()).contains("--chaos-seed needs --faults");
  }

  @Test
  void aMissingPackIsNamedWithTheFix() {
    assertThat(run("serve", "--port", "0", "--faults", dir.resolve("nope").toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("nope", "no such directory", "stubs/");
  }

  @Test
  void aDirectoryThatIsNotAWireMockRootIsRefused() {
    assertThat(run("serve", "--port", "0", "--faults", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("no mappings/");
  }

  @Test
  void aChaosRateOutsideZeroToOneIsRefused() {
    assertThat(
            run(
                "serve",
                "--port",
                "0",
                "--faults",
                "stubs",
                "--chaos-seed",
                "1",
                "--chaos-rate",
                "2"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("0 to 1");
  }

  @Test
  void aFaultsPortOutOfRangeIsRefused() {
    assertThat(run("serve", "--port", "0", "--faults", "stubs", "--faults-port", "70000"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("--faults-port");
  }
}
