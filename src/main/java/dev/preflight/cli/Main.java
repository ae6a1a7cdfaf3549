package dev.preflight.cli;

import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
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
    ConsoleEncoding.useUtf8WhereNeeded();
    System.exit(commandLine(UsageLanguage.of(args)).execute(args));
  }

  /** The commands with their help in the system's language, as {@code --lang} defaults to. */
  public static CommandLine commandLine() {
    return commandLine(Lang.systemDefault());
  }

  /** The commands with their usage help in {@code lang}. */
  public static CommandLine commandLine(Lang lang) {
    CommandLine cli =
        new CommandLine(new Main())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(Failures::unexpected)
            .setParameterExceptionHandler(new UsageErrors(Messages.of(lang)));
    UsageLanguage.bundle(lang).ifPresent(cli::setResourceBundle);
    CommandLine merchant = cli.getSubcommands().get("merchant");
    merchant.getCommandSpec().usageMessage().footer(MerchantCommand.defectList(Messages.of(lang)));
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
