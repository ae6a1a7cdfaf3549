package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.SimulatorControl;
import dev.preflight.simulator.SimulatorConfig;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.support.MerchantRestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void helpListsServeAndItsOptions() {
    assertThat(run("--help")).isZero();
    assertThat(cli.out()).contains("serve");

    assertThat(run("serve", "--help")).isZero();
    assertThat(cli.out()).contains("--host", "--port", "--config", "127.0.0.1", "7070");
  }

  @Test
  void aMissingConfigFileIsNamedWithTheFix() {
    assertThat(run("serve", "--port", "0", "--config", dir.resolve("nope.yml").toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("nope.yml", "check the path");
  }

  @Test
  void anInvalidTenantInTheConfigNamesTheFieldAndTheFix() throws Exception {
    Path config = dir.resolve("sim.yml");
    Files.writeString(config, "tenants:\n  - user_code: imp12345678\n    imp_key: k\n");

    assertThat(run("serve", "--port", "0", "--config", config.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("tenants[0]", "imp_secret is required");
  }

  @Test
  void aConfigThatIsNotYamlIsRefusedClearly() throws Exception {
    Path config = dir.resolve("sim.yml");
    Files.writeString(config, "tenants: [unclosed\n");

    assertThat(run("serve", "--port", "0", "--config", config.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("sim.yml", "YAML");
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(cli.err()).contains("--port");
  }

  @Test
  void servePrintsTheBaseUrlAndCredentialsAndAnswersUntilInterrupted() throws Exception {
    Thread serve = new Thread(() -> run("serve", "--port", "0"));
    serve.start();
    try {
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> cli.out().contains("Ctrl-C"));
      Matcher url =
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(cli.out());
      assertThat(url.find()).isTrue();
      assertThat(cli.out()).contains("imp00000000", "preflight_key", "preflight_secret");

      boolean healthy = SimulatorControl.at(url.group(1)).isHealthy();

      assertThat(healthy).isTrue();
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(serve.isAlive()).isFalse();
  }

  @Test
  void aJournalBoundKeepsTheNewestEntriesAndSaysHowManyWentFirst() throws Exception {
    Thread serve = new Thread(() -> run("serve", "--port", "0", "--journal-max-entries", "3"));
    serve.start();
    try {
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> cli.out().contains("Ctrl-C"));
      Matcher url =
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(cli.out());
      assertThat(url.find()).isTrue();
      MerchantRestClient client = new MerchantRestClient(url.group(1));
      for (int i = 1; i <= 5; i++) {
        client.get("/payments/imp_missing" + i, MerchantRestClient.bearer(client.defaultToken()));
      }

      SimulatorControl control = SimulatorControl.at(url.group(1));
      List<JournalEntry> journal = control.journal();

      // Five lookups and five token calls: the three newest entries remain, seven went first.
      assertThat(journal).hasSize(3);
      assertThat(journal.get(2).path()).isEqualTo("/payments/imp_missing5");
      assertThat(control.journalEntriesDropped()).isEqualTo(7);
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
  }

  @Test
  void aJournalBoundInTheConfigMustBeAPositiveWholeNumber() throws Exception {
    Path config = dir.resolve("sim.yml");
    Files.writeString(config, "journal_max_entries: -4\n");

    assertThat(run("serve", "--port", "0", "--config", config.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("journal_max_entries", "1 or more");
  }

  @Test
  void aJournalBoundInTheConfigIsApplied() throws Exception {
    Path config = dir.resolve("sim.yml");
    Files.writeString(config, "journal_max_entries: 50000\n");

    SimulatorSettings settings = SimulatorConfig.apply(config, SimulatorSettings.forTests());

    assertThat(settings.journalMaxEntries()).isEqualTo(50000);
    assertThat(SimulatorSettings.forTests().journalMaxEntries())
        .isEqualTo(SimulatorSettings.UNBOUNDED_JOURNAL);
  }
}
