package dev.preflight.cli;

import dev.preflight.client.SimulatorControl;
import dev.preflight.faults.Chaos;
import dev.preflight.faults.FaultFront;
import dev.preflight.faults.StubPack;
import dev.preflight.harness.CdnMapping;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorConfig;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import dev.preflight.simulator.ledger.Tenant;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the simulator until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the i'mport REST v1 simulator with its control API (/__sim/) until Ctrl-C.",
      "Point the merchant's server at the printed base URL instead of https://api.iamport.kr."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = SimulatorSettings.LOOPBACK,
      description = "Address to bind (default: ${DEFAULT-VALUE}; loopback only).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--https-port",
      paramLabel = "PORT",
      defaultValue = "-1",
      description = {
        "Also serve HTTPS here, with a certificate made for this run, so a browser that maps"
            + " cdn.iamport.kr to the simulator loads the real SDK URL unchanged; 0 picks a free"
            + " port, -1 (the default) serves none."
      })
  int httpsPort;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML or JSON file with more tenants and settings (see README).")
  Path config;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = {
        "Keep tenants, payments, prepared amounts, billing keys, schedules, armed outcomes, the",
        "clock and the journal in FILE (created if missing) across restarts; every answer waits",
        "until its changes are on disk. Overrides state_file of --config."
      })
  Path state;

  @Option(
      names = "--webhook-retry-interval",
      paramLabel = "SECONDS",
      description = "Seconds between webhook retries (the gateway's: 60).")
  Long webhookRetryInterval;

  @Option(
      names = "--journal-max-entries",
      paramLabel = "N",
      description =
          "Keep at most N journal entries, dropping the oldest (GET /__sim/journal counts them in"
              + " X-Preflight-Journal-Dropped); unbounded by default.")
  Long journalMaxEntries;

  @Option(
      names = "--faults",
      paramLabel = "DIR",
      description = {
        "Also start a WireMock fault front on --faults-port: calls that select a fault of this",
        "stubs pack (X-Preflight-Fault: <id> or ?preflight_fault=<id>) get it; all others are",
        "proxied to the simulator unchanged."
      })
  Path faults;

  @Option(
      names = "--faults-port",
      defaultValue = "7071",
      description = "Port of the fault front; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int faultsPort;

  @Option(
      names = "--chaos-seed",
      paramLabel = "N",
      description =
          "With --faults: fail calls through the front at random, reproducibly (same seed,"
              + " same calls, same faults).")
  Long chaosSeed;

  @Option(
      names = "--chaos-rate",
      paramLabel = "RATE",
      defaultValue = "0.05",
      description =
          "With --chaos-seed: the share of calls that fail, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double chaosRate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("--port must be from 0 to 65535 (got " + port + ")");
      return 2;
    }
    if (httpsPort < -1 || httpsPort > 65535) {
      err.println("--https-port must be from 0 to 65535, or -1 for none (got " + httpsPort + ")");
      return 2;
    }
    SimulatorSettings settings =
        new SimulatorSettings(
                host,
                port,
                List.of(),
                SimulatorSettings.GATEWAY_RETRY_INTERVAL,
                SimulatorSettings.DEFAULT_MAX_BODY_BYTES)
            .withHttpsPort(httpsPort);
    if (config != null) {
      if (!Files.isReadable(config)) {
        err.println("--config " + config + ": no such readable file; check the path");
        return 2;
      }
      try {
        settings = SimulatorConfig.apply(config, settings);
      } catch (IllegalArgumentException invalid) {
        err.println(invalid.getMessage());
        return 2;
      }
    }
    if (state != null) {
      settings = settings.withStateFile(state);
    }
    if (webhookRetryInterval != null) {
      if (webhookRetryInterval < 1) {
        err.println("--webhook-retry-interval must be 1 second or more");
        return 2;
      }
      settings = settings.withWebhookRetryInterval(Duration.ofSeconds(webhookRetryInterval));
    }
    if (journalMaxEntries != null) {
      if (journalMaxEntries < 1) {
        err.println("--journal-max-entries must be 1 or more");
        return 2;
      }
      settings = settings.withJournalMaxEntries(journalMaxEntries);
    }
    StubPack pack = null;
    Optional<Chaos> chaos = Optional.empty();
    if (faults == null && chaosSeed != null) {
      err.println("--chaos-seed needs --faults DIR: chaos picks its faults from that stubs pack");
      return 2;
    }
    if (faults != null) {
      if (faultsPort < 0 || faultsPort > 65535) {
        err.println("--faults-port must be from 0 to 65535 (got " + faultsPort + ")");
        return 2;
      }
      try {
        pack = StubPack.load(faults);
        chaos = chaosSeed == null ? Optional.empty() : Optional.of(new Chaos(chaosSeed, chaosRate));
      } catch (IllegalArgumentException invalid) {
        err.println("--faults " + faults + ": " + invalid.getMessage());
        return 2;
      }
    }
    Simulator simulator;
    try {
      simulator = new Simulator(settings);
    } catch (IllegalArgumentException unusableState) {
      err.println("serve: " + unusableState.getMessage());
      return 2;
    }
    SimulatorServer server;
    try {
      server = new SimulatorServer(simulator).start();
    } catch (RuntimeException cannotStart) {
      simulator.close();
      err.println(
          Failures.portInUse(cannotStart)
              ? "serve: "
                  + Failures.cannotListen(
                      "the simulator",
                      host,
                      port,
                      httpsPort == SimulatorSettings.NO_HTTPS ? "--port" : "--port or --https-port")
              : "serve: cannot start the simulator on "
                  + host
                  + ":"
                  + port
                  + ": "
                  + Failures.rootMessage(cannotStart));
      return Failures.COULD_NOT_RUN;
    }
    printBanner(out, server);
    if (pack == null) {
      stopWithCtrlC(out);
      UntilStopped.await(server);
      return 0;
    }
    FaultFront front;
    try {
      front = FaultFront.start(pack, server, host, faultsPort, chaos);
    } catch (RuntimeException cannotStart) {
      server.close();
      err.println(
          Failures.portInUse(cannotStart)
              ? "serve: "
                  + Failures.cannotListen("the fault front", host, faultsPort, "--faults-port")
              : "serve: cannot start the fault front on "
                  + host
                  + ":"
                  + faultsPort
                  + ": "
                  + Failures.rootMessage(cannotStart));
      return Failures.COULD_NOT_RUN;
    }
    printFront(out, front);
    stopWithCtrlC(out);
    UntilStopped.await(server, front);
    return 0;
  }

  private static void stopWithCtrlC(PrintWriter out) {
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  private static void printFront(PrintWriter out, FaultFront front) {
    out.println("npay-preflight fault front listening on " + front.baseUrl());
    out.println("  faults            : " + String.join(", ", front.faultIds()));
    out.println("  select one with   : X-Preflight-Fault: <id>, or ?preflight_fault=<id>");
    out.println("  everything else   : proxied to the simulator unchanged");
    front
        .chaos()
        .ifPresent(
            c -> out.println("  chaos             : seed " + c.seed() + ", rate " + c.rate()));
    out.flush();
  }

  private static void printBanner(PrintWriter out, SimulatorServer server) {
    Tenant tenant = Tenant.defaultTenant();
    out.println("npay-preflight simulator listening on " + server.baseUrl());
    out.println("  REST API base URL : " + server.baseUrl());
    out.println("  control API       : " + SimulatorControl.controlApiUrl(server.baseUrl()));
    if (server.httpsPort() != SimulatorSettings.NO_HTTPS) {
      out.println("  HTTPS port        : " + server.httpsPort() + " (this run's own certificate)");
      // Quoted for a shell: the resolver rule has spaces in it.
      out.println(
          "  Chromium flags    : "
              + CdnMapping.of(server).chromiumArguments().stream()
                  .map(argument -> "'" + argument + "'")
                  .collect(Collectors.joining(" "))
              + " --user-data-dir=<a fresh directory>");
    }
    server
        .simulator()
        .state()
        .ifPresent(state -> out.println("  state file        : " + state.file().toAbsolutePath()));
    out.println("  default tenant    : user code " + tenant.userCode());
    out.println("                      imp_key    " + tenant.impKey());
    out.println("                      imp_secret " + tenant.impSecret());
    out.flush();
  }
}
