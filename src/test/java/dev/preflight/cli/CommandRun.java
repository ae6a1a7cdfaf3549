package dev.preflight.cli;

import dev.preflight.harness.HangulFonts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in this JVM, as a user would type it, and keeps what it printed. */
final class CommandRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private HangulFonts hangulFonts;

  /** The Korean-font probe {@code check} asks, in place of this machine's fontconfig. */
  CommandRun withHangulFonts(HangulFonts fonts) {
    this.hangulFonts = fonts;
    return this;
  }

  /**
   * The exit status of {@code npay-preflight args…}. A check runs in English unless the test gives
   * {@code --lang}: the tests read English words, whatever the machine's locale.
   */
  int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    if (hangulFonts != null) {
      CheckCommand check = cli.getSubcommands().get("check").getCommand();
      check.hangulFonts = hangulFonts;
    }
    return cli.execute(inEnglishUnlessTold(args));
  }

  private static String[] inEnglishUnlessTold(String[] args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    if (!all.isEmpty()
        && all.get(0).equals("check")
        && all.stream().noneMatch(arg -> arg.startsWith("--lang"))) {
      all.addAll(List.of("--lang", "en"));
    }
    return all.toArray(String[]::new);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
