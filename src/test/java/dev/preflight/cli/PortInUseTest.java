package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A port the user named that something else holds: each command says so in one line, with the port
 * and the option to change, exit status 2 ("could not run", not "a rule failed"), and no stack
 * trace.
 */
class PortInUseTest {
  private final CommandRun cli = new CommandRun();
  private ServerSocket taken;
  private String port;

  @BeforeEach
  void takeAPort() throws IOException {
    taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    port = String.valueOf(taken.getLocalPort());
  }

  @AfterEach
  void release() throws IOException {
    taken.close();
  }

  @Test
  void serve() {
    assertThat(cli.run("serve", "--port", port)).isEqualTo(2);
    saysSoInOneLine("serve: ", "--port");
  }

  @Test
  void merchantOnItsOwnPort() {
    assertThat(cli.run("merchant", "--port", port, "--simulator-port", "0")).isEqualTo(2);
    saysSoInOneLine("merchant: ", "--port");
  }

  @Test
  void merchantsSimulator() {
    assertThat(cli.run("merchant", "--port", "0", "--simulator-port", port)).isEqualTo(2);
    saysSoInOneLine("merchant: ", "--simulator-port");
  }

  @Test
  void checksSimulator(@TempDir Path reports) throws IOException {
    assertThat(
            cli.run(
                "check",
                "--browser",
                "htmlunit",
                "--simulator-port",
                port,
                "--out",
                reports.toString()))
        .isEqualTo(2);
    saysSoInOneLine("check: ", "--simulator-port");
    CouldNotRunReports.sayItCouldNotRun(reports, "127.0.0.1:" + port);
  }

  private void saysSoInOneLine(String command, String option) {
    assertThat(cli.err().strip().lines()).hasSize(1);
    assertThat(cli.err())
        .startsWith(command)
        .contains("127.0.0.1:" + port, "in use", option)
        .doesNotContain("Exception", "\tat ");
  }
}
