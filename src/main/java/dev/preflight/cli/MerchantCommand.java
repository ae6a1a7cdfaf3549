package dev.preflight.cli;

import dev.preflight.merchant.Defect;
import dev.preflight.merchant.MerchantSettings;
import dev.preflight.merchant.ReferenceMerchant;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.text.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchant}: runs the reference merchant, with its own simulator unless given one. */
@Command(
    name = "merchant",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 110,
    description = {
      "Runs the reference merchant: a small bookshop integrating Naver Pay through i'mport as the",
      "guides say. Each --defect switches on one mistake Naver's review rejects."
    },
    footerHeading = "%nDefects (and the rules of docs/rules.md each must trip):%n")
final class MerchantCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port for the shop (default: ${DEFAULT-VALUE}; 0 for any).")
  int port;

  @Option(
      names = "--simulator",
      paramLabel = "URL",
      description =
          "Base URL of a running simulator; without it the shop starts its own on --simulator-port.")
  String simulatorUrl;

  @Option(
      names = "--simulator-port",
      defaultValue = "7070",
      description = "Port of the embedded simulator (default: ${DEFAULT-VALUE}).")
  int simulatorPort;

  @Option(
      names = "--defect",
      paramLabel = "NAME",
      description = "Switch on a mistake (repeatable); see the list below.")
  List<String> defects = new ArrayList<>();

  static String defectList(Messages m) {
    StringBuilder list = new StringBuilder();
    for (Defect defect : Defect.values()) {
      list.append("  ")
          .append(defect.switchName())
          .append(System.lineSeparator())
          .append("      ")
          .append(
              m.get("merchant.defect.line", defect.mistake(m), String.join(", ", defect.rules())))
          .append(System.lineSeparator());
    }
    return list.toString();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Defect> chosen = new ArrayList<>();
    for (String name : defects) {
      Defect defect = Defect.fromSwitch(name).orElse(null);
      if (defect == null) {
        err.println("unknown defect \"" + name + "\": run `merchant --help` for the list");
        return 2;
      }
      chosen.add(defect);
    }
    SimulatorServer simulator = null;
    String gateway = simulatorUrl;
    if (gateway == null) {
      try {
        simulator =
            new SimulatorServer(
                    new Simulator(
                        new SimulatorSettings(
                            host,
                            simulatorPort,
                            List.of(),
                            SimulatorSettings.GATEWAY_RETRY_INTERVAL,
                            SimulatorSettings.DEFAULT_MAX_BODY_BYTES)))
                .start();
      } catch (RuntimeException cannotStart) {
        return cannotStart(err, "the simulator", simulatorPort, "--simulator-port", cannotStart);
      }
      gateway = simulator.baseUrl();
    }
    ReferenceMerchant shop;
    try {
      shop =
          new ReferenceMerchant(MerchantSettings.against(gateway, chosen).at(host, port)).start();
    } catch (RuntimeException cannotStart) {
      if (simulator != null) {
        simulator.close();
      }
      return cannotStart(err, "the reference merchant", port, "--port", cannotStart);
    }
    out.println("reference merchant on " + shop.baseUrl() + " (i'mport at " + gateway + ")");
    out.println(
        "  defects: "
            + (chosen.isEmpty()
                ? "none (compliant)"
                : chosen.stream().map(Defect::switchName).toList()));
    out.println("Press Ctrl-C to stop.");
    out.flush();
    if (simulator == null) {
      UntilStopped.await(shop);
    } else {
      UntilStopped.await(simulator, shop);
    }
    return 0;
  }

  private int cannotStart(
      PrintWriter err, String what, int onPort, String option, RuntimeException failure) {
    err.println(
        Failures.portInUse(failure)
            ? "merchant: " + Failures.cannotListen(what, host, onPort, option)
            : "merchant: cannot start "
                + what
                + " on "
                + host
                + ":"
                + onPort
                + ": "
                + Failures.rootMessage(failure));
    return Failures.COULD_NOT_RUN;
  }
}
