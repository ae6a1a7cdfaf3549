package dev.preflight.cli;

import dev.preflight.text.Messages;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse: one line naming what is wrong, a suggestion when a known
 * option is near, and where the options are listed; exit 2. picocli's own answer is its English
 * message followed by the whole usage help, fifty lines that bury the one that matters.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  /** Could not run: the same status as every other usage problem. */
  static final int EXIT = 2;

  private final Messages m;

  UsageErrors(Messages m) {
    this.m = m;
  }

  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + what(problem));
    if (problem instanceof UnmatchedArgumentException unmatched) {
      List<String> near = unmatched.getSuggestions();
      if (!near.isEmpty()) {
        err.println(m.get("cli.usage.did-you-mean", String.join(", ", near)));
      }
    }
    err.println(m.get("cli.usage.see-help", name));
    err.flush();
    return EXIT;
  }

  /** What is wrong, in the user's language where we know the kind; picocli's words otherwise. */
  private String what(ParameterException problem) {
    if (problem instanceof UnmatchedArgumentException unmatched) {
      return m.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
    }
    if (problem.getCause() instanceof CommandLine.TypeConversionException
        && problem.getArgSpec() instanceof CommandLine.Model.OptionSpec option
        && problem.getValue() != null) {
      return m.get("cli.usage.bad-value", option.longestName(), problem.getValue());
    }
    return problem.getMessage();
  }
}
