package dev.preflight.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's results as Markdown: for the console and for bench/results.md. */
final class Report {
  static final String SIMULATOR_GET = "simulator GET";
  static final String BARE_GET = "bare Javalin GET";
  static final String WIREMOCK_GET = "WireMock GET";
  static final int LISTING_SMALL = 100;
  static final int LISTING_LARGE = 100_000;

  static String listing(int payments) {
    return String.format(Locale.ROOT, "simulator GET status/paid, %,d payments", payments);
  }

  private final BenchSettings settings;
  private final List<Result> results;
  private final List<String> notes;
  private final String loadAtStart;

  Report(BenchSettings settings, List<Result> results, List<String> notes, String loadAtStart) {
    this.settings = settings;
    this.results = results;
    this.notes = notes;
    this.loadAtStart = loadAtStart;
  }

  /**
   * The 1/5/15-minute load average: the driver and the servers share the machine's CPUs with
   * whatever else runs, so a busy machine lowers every number (the ratios less so).
   */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " / " + fields[1] + " / " + fields[2];
    } catch (IOException | RuntimeException unavailable) {
      return "n/a";
    }
  }

  /** The CPU model, which matters as much as the count when comparing runs across machines. */
  private static String cpuModel() {
    try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException | RuntimeException unavailable) {
      return "unknown CPU";
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    header(md);
    table(md);
    md.append(
            "| Ratio (throughput) | Measured | Per round (min–max) | From CPU per request | Target |")
        .append(" Met |\n");
    md.append("|---|---:|---:|---:|---:|---|\n");
    ratio(md, SIMULATOR_GET + " / " + BARE_GET, SIMULATOR_GET, BARE_GET, 0.6);
    ratio(md, SIMULATOR_GET + " / " + WIREMOCK_GET, SIMULATOR_GET, WIREMOCK_GET, 3.0);
    md.append('\n');
    listingScale(md);
    for (Result r : results) {
      if (r.errors() > 0) {
        md.append("- **").append(r.name()).append(" had errors; first: ").append(r.firstError());
        md.append(". Its numbers are invalid.**\n");
      }
    }
    notes.forEach(note -> md.append("- ").append(note).append('\n'));
    return md.toString();
  }

  /** "- Date: …" and "- Machine: n CPUs (nproc), model", the line left open for more. */
  static void dateAndMachine(StringBuilder md) {
    md.append("- Date: ")
        .append(
            ZonedDateTime.now()
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append('\n');
    md.append("- Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs (nproc), ")
        .append(cpuModel());
  }

  private void header(StringBuilder md) {
    md.append("# Gateway benchmark results\n\n");
    md.append("- Command: `./mvnw -B test -Pbench` (see bench/README.md)\n");
    dateAndMachine(md);
    md.append(", ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append('\n');
    md.append("- Java: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(", max heap ")
        .append(Runtime.getRuntime().maxMemory() >> 20)
        .append(" MiB, GC ")
        .append(
            ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(gc -> gc.getName())
                .collect(Collectors.joining(" + ")))
        .append('\n');
    md.append("- Settings: ").append(settings.describe()).append('\n');
    md.append("- Load average (1/5/15 min): ")
        .append(loadAtStart)
        .append(" at start, ")
        .append(loadAverage())
        .append(" at end\n");
    md.append("- Driver and servers share one JVM and the CPUs (loopback, closed loop)\n\n");
  }

  private void table(StringBuilder md) {
    md.append(
        "| Target | Requests | Errors | Throughput (req/s) | p50 (µs) | p99 (µs) | max (µs) |"
            + " CPU per request (µs) | Stability (req/s) | Last body (bytes) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %.1f | %s | %d |%n",
              r.name(),
              r.requests(),
              r.errors(),
              r.throughput(),
              r.p50Micros(),
              r.p99Micros(),
              r.maxMicros(),
              r.cpuMicrosPerRequest(),
              r.stability(),
              r.lastBodyBytes()));
    }
    md.append('\n');
  }

  private void ratio(StringBuilder md, String label, String top, String bottom, double target) {
    Result over = result(top);
    Result under = result(bottom);
    double measured = over.throughput() / under.throughput();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int i = 0; i < over.roundThroughputs().size(); i++) {
      double round = over.roundThroughputs().get(i) / under.roundThroughputs().get(i);
      min = Math.min(min, round);
      max = Math.max(max, round);
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f× | %.2f–%.2f× | %.2f× | ≥ %.1f× | %s |%n",
            label,
            measured,
            min,
            max,
            under.cpuMicrosPerRequest() / over.cpuMicrosPerRequest(),
            target,
            measured >= target ? "yes" : "no"));
  }

  /**
   * How much dearer page 1 of the paid list is at 100,000 payments than at 100: time per request
   * (the inverse throughput ratio) and p50, against the ≤ 2× target.
   */
  private void listingScale(StringBuilder md) {
    String small = listing(LISTING_SMALL);
    String large = listing(LISTING_LARGE);
    if (results.stream().noneMatch(r -> r.name().equals(large))) {
      return;
    }
    Result few = result(small);
    Result many = result(large);
    double perRequest = few.throughput() / many.throughput();
    md.append("| Listing cost (page 1) | Time per request | p50 | Target | Met |\n");
    md.append("|---|---:|---:|---:|---|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| %,d payments / %,d payments | %.2f× | %.2f× | ≤ 2.0× | %s |%n%n",
            LISTING_LARGE,
            LISTING_SMALL,
            perRequest,
            many.p50Micros() / few.p50Micros(),
            perRequest <= 2.0 ? "yes" : "no"));
  }

  private Result result(String name) {
    return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * Puts the benchmark's Markdown in the results file in place of its own last results (from its
   * first heading line to the next benchmark's heading), keeping the other benchmarks' results.
   */
  static void write(Path file, String markdown) throws IOException {
    Files.createDirectories(file.getParent());
    String heading = markdown.lines().findFirst().orElse("");
    String kept = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    StringBuilder others = new StringBuilder();
    boolean ours = false;
    for (String line : kept.split("\n", -1)) {
      if (line.startsWith("# ")) {
        ours = line.equals(heading);
      }
      if (!ours) {
        others.append(line).append('\n');
      }
    }
    String rest = others.toString().strip();
    Files.writeString(
        file,
        rest.isEmpty() ? markdown : markdown.stripTrailing() + "\n\n" + rest + "\n",
        StandardCharsets.UTF_8);
  }
}
