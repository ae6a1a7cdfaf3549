package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** {@code serve --https-port}: the HTTPS port and the Chromium switches that map the CDN to it. */
class ServeHttpsTest {
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void helpDescribesTheHttpsPort() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(cli.out()).contains("--https-port", "cdn.iamport.kr");
  }

  @Test
  void anHttpsPortOutOfRangeIsRefused() {
    assertThat(run("serve", "--port", "0", "--https-port", "-2")).isEqualTo(2);
    assertThat(cli.err()).contains("--https-port", "-1 for none");
  }

  @Test
  void printsTheHttpsPortAndTheSwitchesForChromium() throws Exception {
    Thread serve = new Thread(() -> run("serve", "--port", "0", "--https-port", "0"));
    serve.start();
    try {
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> cli.out().contains("Ctrl-C"));
      Matcher port = Pattern.compile("HTTPS port +: (\\d+)").matcher(cli.out());
      assertThat(port.find()).as(cli.out()).isTrue();

      assertThat(cli.out())
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
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> cli.out().contains("Ctrl-C"));

      assertThat(cli.out()).doesNotContain("HTTPS", "host-resolver-rules");
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
  }
}
