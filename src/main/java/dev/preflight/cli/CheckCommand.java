package dev.preflight.cli;

import dev.preflight.harness.BrowserChoice;
import dev.preflight.harness.Browsers;
import dev.preflight.harness.ChromiumInstall;
import dev.preflight.harness.FeatureCheck;
import dev.preflight.harness.HangulFonts;
import dev.preflight.harness.InspectedSite;
import dev.preflight.harness.Inspection;
import dev.preflight.harness.InspectionPlan;
import dev.preflight.harness.RuleTags;
import dev.preflight.harness.SiteProbe;
import dev.preflight.harness.Workbench;
import dev.preflight.harness.WorkerCount;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.ProfileException;
import dev.preflight.harness.profile.ProfileLoader;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.merchant.Defect;
import dev.preflight.report.InspectionReport;
import dev.preflight.report.NotJudged;
import dev.preflight.report.Reports;
import dev.preflight.report.RunInfo;
import dev.preflight.text.Lang;
import dev.preflight.text.Messages;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check}: inspects a merchant's Naver Pay integration against the review rules, or the
 * built-in reference merchant when no profile is given, and writes the reports.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 110,
    description = {
      "Drives the merchant's site in a browser through every Naver Pay scenario, judges it against",
      "Naver's review rules, and writes index.html, report.json and junit.xml.",
      "Without --profile it inspects the built-in reference merchant."
    },
    footer = {
      "",
      "Exit status: 0 when no rule failed and every scenario that applies was judged; 1 when a",
      "rule failed; 2 when the check could not run (a bad option, profile or feature, a port in",
      "use, a site that fails its probe, no matching scenario) or could not drive a scenario to",
      "a verdict."
    })
final class CheckCommand implements Callable<Integer> {
  static final int RULE_FAILED = 1;
  static final int COULD_NOT_CHECK = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "The merchant's profile (YAML); see docs/merchant-profile.md.")
  Path profile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/preflight-report",
      description = "Where the reports go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--browser",
      paramLabel = "auto|chromium|htmlunit",
      defaultValue = "auto",
      description =
          "The browser (default: ${DEFAULT-VALUE}: Chromium when installed, else HtmlUnit).")
  String browser;

  @Option(
      names = "--chromium",
      paramLabel = "PATH",
      description =
          "The Chromium or Chrome executable (default: $NPAY_PREFLIGHT_CHROMIUM, else"
              + " /usr/bin/chromium, else where Chromium, Chrome or Chrome for Testing usually is).")
  Path chromium;

  @Option(
      names = "--chromedriver",
      paramLabel = "PATH",
      description =
          "Its ChromeDriver (default: $NPAY_PREFLIGHT_CHROMEDRIVER, else /usr/bin/chromedriver,"
              + " else where ChromeDriver usually is, or on the PATH).")
  Path chromedriver;

  @Option(
      names = "--grid",
      paramLabel = "URL",
      description = "Run the browsers on this Selenium Grid instead.")
  String grid;

  @Option(
      names = "--tags",
      paramLabel = "EXPR",
      description = "Only the scenarios matching this Cucumber tag expression, e.g. '@cancel'.")
  String tags;

  @Option(
      names = "--rules",
      paramLabel = "IDS",
      split = ",",
      description = "Only these rules, e.g. NP-ERR-1,NP-AMT-1, and the scenarios that judge them.")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--device",
      paramLabel = "pc|mobile|both",
      defaultValue = "both",
      description = "The devices whose scenarios run (default: ${DEFAULT-VALUE}).")
  String device;

  @Option(
      names = "--features",
      paramLabel = "DIR",
      description =
          "A folder of the merchant's own features to run as well (repeatable); their steps are in"
              + " docs/steps.md.")
  List<Path> features = new ArrayList<>();

  @Option(
      names = "--simulator-port",
      paramLabel = "PORT",
      description =
          "Port of the simulator the site's server must call (default: 7070 with --profile, else"
              + " any free one).")
  Integer simulatorPort;

  @Option(
      names = "--defect",
      paramLabel = "NAME",
      description =
          "Switch on a mistake in the reference merchant (repeatable; see merchant --help): what a"
              + " failing check looks like.")
  List<String> defects = new ArrayList<>();

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Scenarios run side by side in N workers, each with its own browsers and, at the"
              + " simulator, its own account (default: one per core, as many as the memory holds;"
              + " each worker takes up to two browsers, PC and mobile; on a Grid, one). The"
              + " reference merchant only: a running site has one account, so it gets one.")
  Integer workers;

  @Option(
      names = "--lang",
      paramLabel = "ko|en",
      description =
          "The language of the output and the reports (default: Korean when the system's locale"
              + " is Korean, else English).")
  String lang;

  @Option(
      names = "--list-rules",
      description = "Only list the rules (id, severity, title) and exit; see docs/rules.md.")
  boolean listRules;

  @Option(
      names = "--probe",
      description =
          "Only try the profile against the live site (it answers, the cart fills, the pay control"
              + " and each section's first page are there) and say what does not fit; no"
              + " scenario runs.")
  boolean probe;

  @Override
  public Integer call() {
    // --chromium and --chromedriver hold for this run only (tests run many in one process).
    ChromiumInstall before = Browsers.chromiumInstall();
    try {
      return check();
    } finally {
      Browsers.use(before);
    }
  }

  /** Asks whether Chromium here has a font for Hangul; tests give it a fake fontconfig. */
  HangulFonts hangulFonts = HangulFonts.here();

  /** The messages of the chosen language; set first thing in {@link #check()}. */
  private Messages m;

  private int check() {
    // The check's own lines say what happened; the servers' request logs would bury them.
    System.setProperty("org.slf4j.simpleLogger.log.dev.preflight", "warn");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Lang> chosenLang = lang == null ? Optional.of(Lang.systemDefault()) : Lang.parse(lang);
    m = Messages.of(chosenLang.orElse(Lang.systemDefault()));
    if (listRules && chosenLang.isPresent()) {
      RuleList.print(m, out);
      return 0;
    }
    InspectionPlan plan;
    BrowserChoice choice;
    MerchantProfile merchantProfile;
    List<Defect> chosenDefects;
    try {
      if (chosenLang.isEmpty()) {
        throw new UsageProblem(m.get("cli.check.bad-lang", lang));
      }
      choice = browserChoice(err);
      plan = plan().wordedIn(m.lang());
      merchantProfile = profile == null ? null : loadProfile();
      chosenDefects = Defect.parseSwitches(String.join(",", defects));
      if (workers != null && (workers < 1 || workers > MAX_WORKERS)) {
        throw new UsageProblem(m.get("cli.check.bad-workers", workers, MAX_WORKERS));
      }
      if (profile != null && !chosenDefects.isEmpty()) {
        throw new UsageProblem(m.get("cli.check.defect-with-profile"));
      }
    } catch (UsageProblem | IllegalArgumentException | ProfileException problem) {
      err.println("check: " + problem.getMessage());
      // A stale report left in --out from an earlier run must not be read as this run's verdict.
      return couldNotRun(
          m, this.out, siteNamed(), "", "", Instant.now(), List.of(problem.getMessage()), out);
    }
    Instant started = Instant.now();
    List<String> unsound = probe ? List.of() : unsoundFeatures();
    if (!unsound.isEmpty()) {
      unsound.forEach(problem -> err.println("check: " + problem));
      err.println(m.get("cli.check.fix-features"));
      return couldNotRun(m, plan, merchantProfile, choice, started, unsound, out);
    }
    warnWithoutHangulFont(choice, err);
    int port = simulatorPort != null ? simulatorPort : merchantProfile == null ? 0 : 7070;
    Workbench bench;
    try {
      bench = Workbench.start(choice, port);
    } catch (RuntimeException cannotStart) {
      String problem =
          Failures.portInUse(cannotStart)
              ? m.get("cli.check.port-in-use", "127.0.0.1", port)
              : m.get("cli.check.cannot-start", Failures.rootMessage(cannotStart));
      err.println("check: " + problem);
      return couldNotRun(m, plan, merchantProfile, choice, started, List.of(problem), out);
    }
    try (bench;
        InspectedSite site =
            merchantProfile == null
                ? InspectedSite.reference(bench, chosenDefects)
                : InspectedSite.of(merchantProfile)) {
      out.println(
          m.get(
              "cli.check.inspecting",
              site.profile().name(),
              site.profile().baseUrl(),
              choice.label(),
              bench.simulatorUrl()));
      out.println();
      out.flush();
      Inspection.ensureTenant(bench, site.profile());
      List<String> misfits =
          SiteProbe.problems(
              site.profile(), site.driver(), bench.browser(Device.PC, site.profile().mobile()), m);
      if (probe) {
        return probed(m, site, misfits, out, err);
      }
      Optional<String> refusal = Optional.empty();
      if (!misfits.isEmpty()) {
        err.println(
            "check: " + m.get("cli.check.misfit", m.counted(misfits.size(), "count.problem")));
        misfits.forEach(misfit -> err.println("  " + misfit));
        err.println(m.get("cli.check.misfit.fix"));
        err.flush();
        refusal = Optional.of(misfits.get(0));
      }
      // A Grid's size is its own: it gets as many workers as asked for, one unless told.
      int fitting = WorkerCount.fitting();
      int wanted =
          workers != null ? workers : choice.engine() == BrowserChoice.Engine.GRID ? 1 : fitting;
      if (wanted > fitting && site.copiable() && choice.engine() != BrowserChoice.Engine.GRID) {
        err.println("check: " + m.get("cli.check.workers-fit", wanted, fitting));
        err.flush();
      }
      if (wanted > 1 && !site.copiable() && workers != null) {
        err.println("check: " + m.get("cli.check.workers-one", wanted));
        err.flush();
      }
      ConsoleReport console = new ConsoleReport(m, out, plan.scenarioCount());
      console.starting(site.copiable() && refusal.isEmpty() ? wanted : 1);
      Inspection.Outcome outcome =
          Inspection.run(bench, site, plan, version(), console::scenario, refusal, wanted);
      console.summary(outcome.report());
      Reports.writeAll(outcome.report(), plan.out(), m.lang());
      out.println();
      out.println(m.get("cli.check.report", plan.out().resolve("index.html").toAbsolutePath()));
      if (outcome.report().scenarios().isEmpty()) {
        err.println("check: " + m.get("cli.check.no-scenario"));
        return COULD_NOT_CHECK;
      }
      if (refusal.isPresent()) {
        // The misfits are said above; the reports name every scenario not driven.
        return COULD_NOT_CHECK;
      }
      boolean incomplete = notJudged(m, outcome, err);
      if (outcome.report().ruleFailed()) {
        return RULE_FAILED;
      }
      return incomplete ? COULD_NOT_CHECK : 0;
    }
  }

  /**
   * Once, before any scenario: a local Chromium without a Hangul font would fill the report with
   * screenshots of empty boxes. HtmlUnit takes no screenshots, a Grid's fonts are its machines',
   * and --probe takes none.
   */
  private void warnWithoutHangulFont(BrowserChoice choice, PrintWriter err) {
    if (!probe && choice.engine() == BrowserChoice.Engine.CHROMIUM && hangulFonts.missing()) {
      err.println("check: " + m.get("cli.check.no-hangul-font"));
      err.flush();
    }
  }

  /**
   * Each problem of the features the check would run, in a line naming the file and line: one that
   * does not parse, a step no definition matches. Found before anything starts.
   */
  private List<String> unsoundFeatures() {
    try {
      return FeatureCheck.problems(features).stream().map(String::valueOf).toList();
    } catch (UncheckedIOException unreadable) {
      return List.of(unreadable.getMessage() + ": " + unreadable.getCause().getMessage());
    }
  }

  /**
   * Writes the reports of a check that could not run, saying why, so that CI finds them red rather
   * than missing; exit status 2.
   */
  private static int couldNotRun(
      Messages m,
      InspectionPlan plan,
      MerchantProfile merchantProfile,
      BrowserChoice choice,
      Instant started,
      List<String> problems,
      PrintWriter out) {
    return couldNotRun(
        m,
        plan.out(),
        merchantProfile == null ? "reference-merchant" : merchantProfile.name(),
        merchantProfile == null ? "" : String.valueOf(merchantProfile.baseUrl()),
        choice.label(),
        started,
        problems,
        out);
  }

  private static int couldNotRun(
      Messages m,
      Path reports,
      String site,
      String baseUrl,
      String browser,
      Instant started,
      List<String> problems,
      PrintWriter out) {
    RunInfo info =
        new RunInfo(version(), started, Instant.now(), site, baseUrl, browser, List.of());
    try {
      Reports.writeCouldNotRun(InspectionReport.couldNotRun(info, problems), reports, m.lang());
      out.println(m.get("cli.check.report.could-not-run", reports.resolve("index.html")));
    } catch (UncheckedIOException cannotWrite) {
      // The one line above already said why nothing ran; the reports are a courtesy.
    }
    out.flush();
    return COULD_NOT_CHECK;
  }

  /**
   * Says what the run could not judge, as the reports do: each scenario not driven to a verdict
   * with why, and any breakdown of the run outside a scenario. True when there was any.
   */
  private static boolean notJudged(Messages m, Inspection.Outcome outcome, PrintWriter err) {
    NotJudged notJudged = outcome.report().notJudged();
    Set<String> scenarios = new LinkedHashSet<>();
    outcome.report().scenarios().forEach(s -> scenarios.add(s.name() + ": "));
    List<String> outside =
        outcome.breakdowns().stream()
            .filter(b -> scenarios.stream().noneMatch(b::startsWith))
            .toList();
    if (notJudged.isEmpty() && outside.isEmpty()) {
      return false;
    }
    err.println(
        "check: "
            + m.get(
                outside.isEmpty() ? "cli.check.not-judged" : "cli.check.not-judged.broke-down",
                m.counted(notJudged.rules().size(), "count.rule"),
                m.counted(notJudged.scenarios().size(), "count.scenario")));
    notJudged
        .scenarios()
        .forEach(
            s ->
                err.println(
                    "  "
                        + s.label(m)
                        + ": "
                        + Optional.ofNullable(s.stopReason(m))
                            .orElse(m.get("cli.check.ended-early"))));
    outside.forEach(b -> err.println("  " + b));
    err.println(m.get("cli.check.not-judged.fix"));
    err.flush();
    return true;
  }

  /** What --probe says: the fit, or each misfit; exit 0 or 2. */
  private static int probed(
      Messages m, InspectedSite site, List<String> misfits, PrintWriter out, PrintWriter err) {
    if (misfits.isEmpty()) {
      out.println(m.get("cli.check.probe.fits"));
      return 0;
    }
    err.println(
        "check --probe: "
            + m.get(
                "cli.check.probe.misfit",
                site.profile().baseUrl(),
                m.counted(misfits.size(), "count.problem")));
    misfits.forEach(misfit -> err.println("  " + misfit));
    return COULD_NOT_CHECK;
  }

  private BrowserChoice browserChoice(PrintWriter err) {
    if (grid != null) {
      try {
        return BrowserChoice.grid(URI.create(grid).toURL());
      } catch (IllegalArgumentException | MalformedURLException notAnAddress) {
        throw new UsageProblem(m.get("cli.check.bad-grid", grid));
      }
    }
    if (chromium != null || chromedriver != null) {
      Browsers.use(ChromiumInstall.named(chromium, chromedriver));
    }
    BrowserChoice choice =
        switch (browser.toLowerCase(Locale.ROOT)) {
          case "auto" -> BrowserChoice.auto();
          case "chromium" -> BrowserChoice.of(BrowserChoice.Engine.CHROMIUM);
          case "htmlunit" -> BrowserChoice.of(BrowserChoice.Engine.HTMLUNIT);
          default -> throw new UsageProblem(m.get("cli.check.bad-browser", browser));
        };
    choice
        .unavailable()
        .ifPresent(
            why -> {
              throw new UsageProblem(m.get("cli.check.no-browser", why));
            });
    if (browser.equalsIgnoreCase("auto") && choice.engine() == BrowserChoice.Engine.HTMLUNIT) {
      err.println(m.get("cli.check.htmlunit", Browsers.chromiumMissing()));
      err.flush();
    }
    return choice;
  }

  private InspectionPlan plan() {
    Set<String> ruleIds = new LinkedHashSet<>();
    for (String id : rules) {
      String wanted = id.strip().toUpperCase(Locale.ROOT);
      if (!RuleTags.isRuleId(wanted) || RuleCatalog.byId(wanted).isEmpty()) {
        throw new UsageProblem(
            m.get("cli.check.bad-rule", id.strip(), String.join(", ", RuleCatalog.ids())));
      }
      ruleIds.add(wanted);
    }
    Set<Device> devices =
        switch (device.toLowerCase(Locale.ROOT)) {
          case "both" -> EnumSet.allOf(Device.class);
          case "pc" -> EnumSet.of(Device.PC);
          case "mobile" -> EnumSet.of(Device.MOBILE);
          default -> throw new UsageProblem(m.get("cli.check.bad-device", device));
        };
    for (Path dir : features) {
      if (!Files.isDirectory(dir)) {
        throw new UsageProblem(m.get("cli.check.bad-features", dir));
      }
    }
    return new InspectionPlan(features, tags, ruleIds, devices, Set.of(), out);
  }

  /** The site named before its profile could be read: the profile's file name, if any. */
  private String siteNamed() {
    return profile == null ? "reference-merchant" : String.valueOf(profile.getFileName());
  }

  /** The profile, with its ${…} filled from the environment. */
  private MerchantProfile loadProfile() {
    if (!Files.isRegularFile(profile)) {
      throw new UsageProblem(m.get("cli.check.bad-profile", profile));
    }
    return ProfileLoader.load(profile).resolve(System.getenv());
  }

  private static String version() {
    return new Version().getVersion()[0];
  }

  /** More workers than this would start more browsers than any one machine holds. */
  private static final int MAX_WORKERS = 32;

  /** A bad option: said in one line, exit status 2. */
  private static final class UsageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
      super(message);
    }
  }
}
