package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve --https-port}: the HTTPS port and the Chromium switches that map the CDN to it. */
class ServeHttpsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpDescribesTheHttpsPort() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--https-port", "cdn.iamport.kr");
  }

  @Test
  void anHttpsPortOutOfRangeIsRefused() {
    assertThat(run("serve", "--port", "0", "--https-port", "-2")).isEqualTo(2);
    assertThat(err.toString()).contains("--https-port", "-1 for none");
  }

  @Test
  void printsTheHttpsPortAndTheSwitchesForChromium() throws Exception {
    Thread serve = new Thread(() -> run("serve", "--port", "0", "--https-port", "0"));
    serve.start();
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> out.toString().contains("Ctrl-C"));
      Matcher port = Pattern.compile("HTTPS port +: (\\d+)").matcher(out.toString());
      assertThat(port.find()).as(out.toString()).isTrue();

      assertThat(out.toString())
          .contains(
              "'--host-resolver-rules=MAP cdn.iamport.kr 127.0.0.1:" + port.group(1) + "'",
              "'--ignore-certificate-errors-spki-list=");
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(serve.isAlive()).isFalse();
  }

  @Test
  void withoutTheOptionThereIsNoHttps() throws Exception {
    Thread serve = new Thread(() -> run("serve", "--port", "0"));
    serve.start();
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> out.toString().contains("Ctrl-C"));

      assertThat(out.toString()).doesNotContain("HTTPS", "host-resolver-rules");
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
  }
}
