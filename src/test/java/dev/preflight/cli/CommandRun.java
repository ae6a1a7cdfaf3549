package dev.preflight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in this JVM, as a user would type it, and keeps what it printed. */
final class CommandRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The exit status of {@code npay-preflight args…}. */
  int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
