package dev.preflight.harness;

import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.Site;
import dev.preflight.harness.profile.SiteDriver;
import dev.preflight.inspection.MerchantContext;
import dev.preflight.report.ScenarioResult;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.openqa.selenium.WebDriver;

/**
 * One inspection of one site: the workbench it runs on, the site, which rules it judges, and each
 * scenario's result as it ends. Cucumber creates the step classes itself, so they find the run
 * through {@link #current()}, which whoever starts the run sets first.
 */
public final class InspectionRun {
  private static InspectionRun current;

  private final Workbench bench;
  private final InspectedSite site;
  private final Set<String> rules;
  private final Path reportDir;
  private final Consumer<ScenarioResult> progress;
  private final JournalClient journal;
  private final List<ScenarioResult> scenarios = new ArrayList<>();
  private final Map<String, ScenarioEvidence> handedOver = new HashMap<>();
  private final List<String> breakdowns = new ArrayList<>();
  private final Witness witness;
  private int screenshotCount;

  /**
   * @param rules the rule ids to judge; empty for every rule the scenarios name
   * @param reportDir where screenshots go, under {@code screenshots/}
   * @param progress told of each scenario as it ends
   */
  public InspectionRun(
      Workbench bench,
      InspectedSite site,
      Set<String> rules,
      Path reportDir,
      Consumer<ScenarioResult> progress) {
    this.bench = bench;
    this.site = site;
    this.rules = Set.copyOf(rules);
    this.reportDir = reportDir;
    this.progress = progress;
    this.journal = new JournalClient(bench.simulatorUrl(), site.profile().tenant().impKey());
    this.witness = new Witness(journal::lastSeq, journal::seqAt);
  }

  /** The run the steps serve, set by {@link Inspection#run}, which alone starts Cucumber. */
  public static synchronized InspectionRun current() {
    if (current == null) {
      throw new IllegalStateException(
          "no inspection is running: the steps run only under Inspection.run (check)");
    }
    return current;
  }

  /** Makes this the run the steps serve, until another is set. */
  public static synchronized void use(InspectionRun run) {
    current = run;
  }

  public Workbench bench() {
    return bench;
  }

  public MerchantProfile profile() {
    return site.profile();
  }

  public SiteDriver driver() {
    return site.driver();
  }

  public JournalClient journal() {
    return journal;
  }

  /** The browser for the device, with only the shop's window open. */
  public WebDriver browser(Device device) {
    return bench.browser(device, site.profile().mobile());
  }

  /** The site in the device's browser, as its driver works it. */
  public Site site(Device device) {
    return new Site(site.profile(), new WebDriverSession(browser(device), witness), device);
  }

  /** What the buyer was shown in the scenario running now. */
  public Witness witness() {
    return witness;
  }

  /** A scenario begins: its browsers start afresh on first use, and nothing has been seen yet. */
  public void beginScenario() {
    bench.awaitQuietGateway();
    bench.clearBetweenScenarios();
    witness.reset();
  }

  public MerchantContext merchantContext() {
    return site.profile().context();
  }

  /** Whether the run judges the rule: every rule, unless the run was limited to some. */
  public boolean judges(String ruleId) {
    return rules.isEmpty() || rules.contains(ruleId);
  }

  public boolean screenshots() {
    return bench.choice().screenshots();
  }

  /** A name for a screenshot, unique in the run, relative to the report directory. */
  public synchronized String reserveScreenshot() {
    screenshotCount++;
    return String.format("screenshots/%03d.png", screenshotCount);
  }

  /** Writes a screenshot under the name reserved for it. */
  public void keepScreenshot(String name, byte[] png) {
    Path file = reportDir.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a screenshot to " + file, e);
    }
  }

  /** What a scenario's steps leave for its result, when its last hook runs. */
  public synchronized void handOver(String scenarioId, ScenarioEvidence evidence) {
    handedOver.put(scenarioId, evidence);
  }

  /** Makes the result of a scenario Cucumber has finished, and tells the progress of it. */
  synchronized void finish(
      UUID id,
      TestCase testCase,
      Status status,
      Optional<Throwable> problem,
      Instant started,
      Instant finished) {
    ScenarioEvidence evidence = handedOver.remove(id.toString());
    if (evidence == null) {
      // The scenario broke before its first hook: nothing ran, nothing was seen.
      evidence =
          new ScenarioEvidence(
              null, RuleTags.ids(testCase.getTags()), 0, Optional.empty(), null, null);
    }
    if (ScenarioResults.brokeDown(status, problem, evidence)) {
      breakdowns.add(
          testCase.getName() + ": " + problem.map(Throwable::toString).orElse(status.name()));
    }
    ScenarioResult result =
        ScenarioResults.of(this, testCase, status, problem, evidence, started, finished);
    scenarios.add(result);
    progress.accept(result);
  }

  /** Why no scenario may be driven, when the site failed its probe. */
  private volatile String refusal;

  /** No scenario will be driven, for this reason: each is reported as not judged. */
  void refuse(String reason) {
    refusal = reason;
  }

  /** Why no scenario may be driven, if none may. */
  public Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** Notes a breakdown outside any one scenario. */
  synchronized void brokeDown(String what) {
    breakdowns.add(what);
  }

  /** The scenarios the harness could not drive to a verdict, with the error of each. */
  public synchronized List<String> breakdowns() {
    return List.copyOf(breakdowns);
  }

  public synchronized List<ScenarioResult> scenarios() {
    return List.copyOf(scenarios);
  }

  /** The devices the scenarios ran on, in order of first use. */
  public synchronized List<String> devices() {
    Set<String> seen = new LinkedHashSet<>();
    // A scenario skipped before it chose a device ran on none.
    scenarios.stream().map(ScenarioResult::device).filter(d -> d != null).forEach(seen::add);
    return List.copyOf(seen);
  }
}
