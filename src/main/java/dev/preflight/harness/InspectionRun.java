package dev.preflight.harness;

import dev.preflight.client.SimulatorControl;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.Site;
import dev.preflight.harness.profile.SiteDriver;
import dev.preflight.inspection.MerchantContext;
import dev.preflight.report.ScenarioResult;
import dev.preflight.text.Messages;
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
  private final Set<String> rules;
  private final Path reportDir;
  private final Consumer<ScenarioResult> progress;
  private final Messages findingWords;
  private final List<ScenarioResult> scenarios = new ArrayList<>();
  private final Map<String, ScenarioEvidence> handedOver = new HashMap<>();
  private final List<String> breakdowns = new ArrayList<>();
  private int screenshotCount;

  /** The workers; each of Cucumber's threads takes one for good on its first scenario. */
  private final List<Lane> lanes = new ArrayList<>();

  private final java.util.concurrent.atomic.AtomicInteger lanesTaken =
      new java.util.concurrent.atomic.AtomicInteger();
  private final ThreadLocal<Lane> lane = new ThreadLocal<>();

  /**
   * Moving the simulator's clock moves it for every worker (a month on, their tokens would expire
   * mid-payment): a scenario that moves it waits until it runs alone (see {@link #runAlone}).
   */
  private final SoloGate gate = new SoloGate();

  /**
   * @param rules the rule ids to judge; empty for every rule the scenarios name
   * @param reportDir where screenshots go, under {@code screenshots/}
   * @param progress told of each scenario as it ends
   * @param findingWords the check's language, in which the rules word their findings
   */
  public InspectionRun(
      Workbench bench,
      InspectedSite site,
      Set<String> rules,
      Path reportDir,
      Consumer<ScenarioResult> progress,
      Messages findingWords) {
    this.bench = bench;
    this.rules = Set.copyOf(rules);
    this.reportDir = reportDir;
    this.progress = progress;
    this.findingWords = findingWords;
    this.lanes.add(Lane.first(bench, site));
  }

  /**
   * Adds workers up to {@code count}, each on a copy of the site (see {@link
   * InspectedSite#copiable}); a site that cannot be copied keeps one.
   *
   * @return how many workers the run has
   */
  synchronized int workers(int count) {
    InspectedSite site = lanes.get(0).site();
    while (site.copiable() && lanes.size() < count) {
      lanes.add(Lane.another(bench, site));
    }
    return lanes.size();
  }

  /** Closes the workers' copies of the site and their own browsers (not the workbench's). */
  synchronized void closeWorkers() {
    lanes.forEach(Lane::close);
  }

  /** This thread's worker, taken on first use. */
  private Lane lane() {
    Lane mine = lane.get();
    if (mine == null) {
      int taken = lanesTaken.getAndIncrement();
      synchronized (this) {
        if (taken >= lanes.size()) {
          throw new IllegalStateException(
              "more threads than workers (" + lanes.size() + ") asked for a worker");
        }
        mine = lanes.get(taken);
      }
      lane.set(mine);
    }
    return mine;
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

  /** The site as this worker's copy of it is: its address and gateway account. */
  public MerchantProfile profile() {
    return lane().site().profile();
  }

  public SiteDriver driver() {
    return lane().site().driver();
  }

  /** This worker's journal at the simulator. */
  public JournalTimeline journal() {
    return lane().journal();
  }

  /**
   * The simulator's control API, acting on this worker's gateway account: outcomes and faults for
   * its next calls, the clock.
   */
  public SimulatorControl control() {
    return lane().control();
  }

  /** The browser for the device, with only the shop's window open. */
  public WebDriver browser(Device device) {
    return lane().browsers().browser(device, profile().mobile());
  }

  /** The site in the device's browser, as its driver works it. */
  public Site site(Device device) {
    return new Site(profile(), new WebDriverSession(browser(device), witness()), device);
  }

  /** What the buyer was shown in the scenario running now. */
  public Witness witness() {
    return lane().witness();
  }

  /**
   * A scenario begins: the worker's last notices have reached its shop (so that its webhook
   * handler's calls are not taken for this scenario's), its browsers start afresh on first use, and
   * nothing has been seen yet. It runs beside other workers' scenarios until {@link #runAlone}.
   */
  public void beginScenario() {
    gate.begin();
    // A run refused by the probe drives nothing: no copy of the site for it.
    lane().beginScenario(refusal == null ? COPIES.incrementAndGet() : 0);
  }

  /** Numbers the copies of a site, each with its own account, across runs on one simulator. */
  private static final java.util.concurrent.atomic.AtomicInteger COPIES =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * From now to its end, the scenario runs alone: the scenarios of other workers finish first, and
   * none begins until this one ends. For what every worker shares, such as the simulator's clock.
   */
  public void runAlone() {
    gate.alone();
  }

  /** The scenario ended: other workers' scenarios may go on, or the one waiting to run alone. */
  public void endScenario() {
    gate.end();
  }

  /** The language the rules word their findings in: the check's. */
  public Messages findingWords() {
    return findingWords;
  }

  public MerchantContext merchantContext() {
    return profile().context();
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
    places.put(
        result, testCase.getUri() + "#" + String.format("%09d", testCase.getLocation().getLine()));
    progress.accept(result);
  }

  /** The probe's first problem, when the site failed its probe and no scenario may be driven. */
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

  /**
   * The scenarios' results in the order a serial run gives them (Cucumber's: by feature file, then
   * line), whatever order workers ended them in.
   */
  public synchronized List<ScenarioResult> scenarios() {
    if (lanes.size() == 1) {
      return List.copyOf(scenarios);
    }
    return scenarios.stream().sorted(java.util.Comparator.comparing(places::get)).toList();
  }

  /** Where each result's scenario stands in the features: file, then line. */
  private final Map<ScenarioResult, String> places = new java.util.IdentityHashMap<>();

  /** The devices the scenarios ran on, in order of first use. */
  public synchronized List<String> devices() {
    Set<String> seen = new LinkedHashSet<>();
    // A scenario skipped before it chose a device ran on none.
    scenarios.stream().map(ScenarioResult::device).filter(d -> d != null).forEach(seen::add);
    return List.copyOf(seen);
  }
}
