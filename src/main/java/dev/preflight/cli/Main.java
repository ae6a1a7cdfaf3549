package dev.preflight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar npay-preflight.jar}: the entry point and its subcommands. */
@Command(
    name = "npay-preflight",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Simulates the i'mport (PortOne v1) gateway with Naver Pay, and inspects a merchant's",
      "integration against Naver's review rules before the real review."
    },
    subcommands = {
      CheckCommand.class,
      ServeCommand.class,
      MerchantCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(ConsoleEncoding.applyTo(commandLine()).execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cli =
        new CommandLine(new Main())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(Failures::unexpected);
    CommandLine merchant = cli.getSubcommands().get("merchant");
    merchant.getCommandSpec().usageMessage().footer(MerchantCommand.defectList());
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
