package dev.preflight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What the commands say when they cannot do their work: one line that names the problem and the
 * fix, exit status 2, and the details (a stack trace is for us, not for the user) in a file.
 */
final class Failures {
  /** Exit status of a command that could not run, or could not judge. */
  static final int COULD_NOT_RUN = 2;

  private Failures() {}

  /** The innermost cause's message: what actually went wrong, without the layers above it. */
  static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** Whether a server could not start because its port is taken. */
  static boolean portInUse(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException
          || String.valueOf(cause.getMessage()).contains("already in use")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The line for a server that cannot listen where the user asked. */
  static String cannotListen(String what, String host, int port, String option) {
    return "cannot start "
        + what
        + " on "
        + host
        + ":"
        + port
        + ": the port is in use — pick another "
        + option
        + ", or 0 for any free port";
  }

  /**
   * picocli's handler for an exception no command caught: one line and exit status 2, never a stack
   * trace on the terminal; the trace goes to a file the line names.
   */
  static int unexpected(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
    String name = command.getCommandName();
    PrintWriter err = command.getErr();
    if (portInUse(failure)) {
      err.println(
          name
              + ": a port it needs is in use ("
              + rootMessage(failure)
              + "); pick another"
              + " port with the command's --port options, or 0 for any free port");
      err.flush();
      return COULD_NOT_RUN;
    }
    Optional<Path> details = keep(failure);
    err.println(
        name
            + ": could not run: "
            + oneLine(rootMessage(failure))
            + details.map(file -> " (details: " + file + ")").orElse(""));
    err.flush();
    return COULD_NOT_RUN;
  }

  private static String oneLine(String message) {
    String line = message.strip();
    int end = line.indexOf('\n');
    return end < 0 ? line : line.substring(0, end);
  }

  private static Optional<Path> keep(Exception failure) {
    try {
      Path file = Files.createTempFile("npay-preflight-error-", ".log");
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
      return Optional.of(file);
    } catch (IOException | RuntimeException cannotWrite) {
      return Optional.empty();
    }
  }
}
