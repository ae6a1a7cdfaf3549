package dev.preflight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * How long the full check of the reference merchant takes, as a user runs it: passing, and failing
 * (--defect prefixed-error-message), each with one worker and with two, in interleaved rounds. The
 * times are printed and kept in bench/results.md, never asserted: only that each run ended as it
 * must (0 passing, 1 failing), or the figure would measure something else.
 */
@Tag("benchmark")
class CheckBenchmarkTest {
  private static final Logger LOG = LoggerFactory.getLogger(CheckBenchmarkTest.class);
  private static final String FAILING_DEFECT = "prefixed-error-message";

  @TempDir Path work;

  /** A kind of run: its label, its arguments, the exit status it must end with. */
  private record Run(String label, int workers, boolean failing) {
    String[] args(Path out) {
      List<String> args =
          new ArrayList<>(
              List.of("check", "--browser", "chromium", "--workers", Integer.toString(workers)));
      if (failing) {
        args.addAll(List.of("--defect", FAILING_DEFECT));
      }
      args.addAll(List.of("--out", out.toString()));
      return args.toArray(String[]::new);
    }
  }

  @Test
  void theReferenceCheckPassingFailingAndWithTwoWorkers() throws IOException {
    int rounds = Integer.getInteger("bench.checkRounds", 1);
    String loadAtStart = Report.loadAverage();
    List<Run> runs =
        List.of(
            new Run("passing, 1 worker", 1, false),
            new Run("failing, 1 worker", 1, true),
            new Run("passing, 2 workers", 2, false),
            new Run("failing, 2 workers", 2, true));
    // The JIT, the first Chromium and the class loading are paid here, not by the first run.
    int warm =
        check(
            "warm-up",
            new String[] {
              "check", "--browser", "chromium", "--rules", "NP-AMT-1", "--out", dir("warm-up")
            });
    assertThat(warm).as("the warm-up check (it needs Chromium)").isZero();

    Map<Run, List<Double>> seconds = new LinkedHashMap<>();
    Map<Run, Integer> scenarios = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (Run run : runs) {
        Path out = work.resolve(run.label().replace(", ", "-").replace(' ', '_') + "-" + round);
        Instant started = Instant.now();
        int exit = check(run.label(), run.args(out));
        double took = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        assertThat(exit).as("exit status of %s", run.label()).isEqualTo(run.failing() ? 1 : 0);
        seconds.computeIfAbsent(run, r -> new ArrayList<>()).add(took);
        scenarios.put(
            run,
            new ObjectMapper()
                .readTree(out.resolve("report.json").toFile())
                .get("scenarios")
                .size());
        LOG.info("{} (round {}): {} s", run.label(), round, took);
      }
    }

    String markdown = markdown(runs, seconds, scenarios, rounds, loadAtStart);
    LOG.info("Check benchmark results:\n{}", markdown);
    Report.write(Path.of(System.getProperty("basedir", "."), "bench", "results.md"), markdown);
  }

  private String dir(String name) {
    return work.resolve(name).toString();
  }

  private static int check(String label, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    if (exit > 1) {
      LOG.warn("{} could not run: {}", label, err);
    }
    return exit;
  }

  private static String markdown(
      List<Run> runs,
      Map<Run, List<Double>> seconds,
      Map<Run, Integer> scenarios,
      int rounds,
      String loadAtStart) {
    StringBuilder md = new StringBuilder("# Check benchmark results\n\n");
    md.append(
        "- Command: `./mvnw -B test -Pbench -Dtest=CheckBenchmarkTest` (see bench/README.md)\n");
    Report.dateAndMachine(md);
    md.append(", headless Chromium\n");
    md.append("- What: the full check of the built-in reference merchant (`check`), after one")
        .append(" warm-up check; ")
        .append(rounds)
        .append(rounds == 1 ? " round" : " interleaved rounds")
        .append("; failing = `--defect ")
        .append(FAILING_DEFECT)
        .append("`\n");
    md.append("- Load average (1/5/15 min): ")
        .append(loadAtStart)
        .append(" at start, ")
        .append(Report.loadAverage())
        .append(" at end\n\n");
    md.append("| Run | Scenarios | Time (s) | Per scenario (s) |\n|---|---:|---:|---:|\n");
    for (Run run : runs) {
      double mean = mean(seconds.get(run));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %.2f |%n",
              run.label(),
              scenarios.get(run),
              mean,
              mean / Math.max(1, scenarios.get(run))));
    }
    md.append("\n| Ratio (time) | Measured | Target | Met |\n|---|---:|---:|---|\n");
    ratio(md, "2 workers / 1 worker, passing", seconds, runs.get(2), runs.get(0), 0.7);
    ratio(md, "failing / passing, 1 worker", seconds, runs.get(1), runs.get(0), 1.2);
    ratio(md, "failing / passing, 2 workers", seconds, runs.get(3), runs.get(2), 1.2);
    return md.toString();
  }

  private static void ratio(
      StringBuilder md,
      String label,
      Map<Run, List<Double>> seconds,
      Run top,
      Run bottom,
      double target) {
    double ratio = mean(seconds.get(top)) / mean(seconds.get(bottom));
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f× | ≤ %.1f× | %s |%n",
            label,
            ratio,
            target,
            ratio <= target ? "yes" : "no"));
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
