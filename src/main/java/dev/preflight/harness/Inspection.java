package dev.preflight.harness;

import dev.preflight.harness.profile.Capability;
import dev.preflight.harness.profile.ContractFlags;
import dev.preflight.harness.profile.GatewayAccount;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.report.CatalogueEntry;
import dev.preflight.report.Declared;
import dev.preflight.report.InspectionReport;
import dev.preflight.report.RunInfo;
import dev.preflight.report.ScenarioResult;
import dev.preflight.simulator.ledger.Accounts;
import dev.preflight.simulator.ledger.Contract;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.text.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the features against a site with Cucumber, in this JVM, and gathers what the rules found
 * into a report. Cucumber's own HTML and JSON reports go beside ours.
 */
public final class Inspection {
  static final String GLUE = "dev.preflight.harness.steps";

  private Inspection() {}

  /** What a check found, and the scenarios it could not drive to a verdict. */
  public record Outcome(InspectionReport report, List<String> breakdowns) {
    public Outcome {
      breakdowns = List.copyOf(breakdowns);
    }

    /** Whether the run judged everything it set out to, whatever the verdicts. */
    public boolean complete() {
      return breakdowns.isEmpty();
    }
  }

  /**
   * Runs the plan's scenarios against the site on the workbench's browsers, one after another.
   *
   * @param progress told of each scenario as it ends
   */
  public static synchronized Outcome run(
      Workbench bench,
      InspectedSite site,
      InspectionPlan plan,
      String toolVersion,
      Consumer<ScenarioResult> progress) {
    return run(bench, site, plan, toolVersion, progress, Optional.empty(), 1);
  }

  /**
   * As {@link #run(Workbench, InspectedSite, InspectionPlan, String, Consumer)}; with a refusal
   * (the probe's first problem: the site failed its probe), every scenario is reported as not
   * driven, for that reason, so the reports say what could not be judged instead of not being
   * written at all. With {@code workers} above one, scenarios run side by side, each worker on a
   * copy of the site (see {@link InspectedSite#copiable}); the report lists them in the order of a
   * serial run.
   */
  public static synchronized Outcome run(
      Workbench bench,
      InspectedSite site,
      InspectionPlan plan,
      String toolVersion,
      Consumer<ScenarioResult> progress,
      Optional<String> refusal,
      int workers) {
    ensureTenant(bench, site.profile());
    InspectionRun run =
        new InspectionRun(
            bench, site, plan.rules(), plan.out(), progress, Messages.of(plan.lang()));
    refusal.ifPresent(run::refuse);
    InspectionRun.use(run);
    Instant started = Instant.now();
    // Cucumber reads this from the system properties; without it, it offers to publish reports.
    System.setProperty("cucumber.publish.quiet", "true");
    try {
      int threads = refusal.isPresent() ? 1 : run.workers(workers);
      io.cucumber.core.cli.Main.run(arguments(plan, threads), Inspection.class.getClassLoader());
    } catch (RuntimeException broke) {
      // Whatever Cucumber could not get past, the scenarios that ended keep their results.
      run.brokeDown("the features could not run to their end: " + broke.getMessage());
    } finally {
      run.closeWorkers();
    }
    Instant finished = Instant.now();
    RunInfo info =
        new RunInfo(
            toolVersion,
            started,
            finished,
            site.profile().name(),
            site.profile().baseUrl(),
            bench.choice().label(),
            run.devices(),
            declared(site.profile()));
    List<CatalogueEntry> rules =
        CatalogueEntry.all().stream()
            .filter(rule -> plan.rules().isEmpty() || plan.rules().contains(rule.id()))
            .toList();
    return new Outcome(new InspectionReport(info, run.scenarios(), rules), run.breakdowns());
  }

  /** What the profile says of the site, for the answers no scenario can give. */
  private static Declared declared(MerchantProfile profile) {
    ContractFlags contract = profile.contract();
    Map<String, Boolean> flags = new LinkedHashMap<>();
    flags.put("high_risk", contract.highRisk());
    flags.put("marketplace", contract.marketplace());
    flags.put("completion_date_settlement", contract.completionDateSettlement());
    flags.put("escrow", contract.escrow());
    return new Declared(profile.capabilities().stream().map(Capability::key).toList(), flags);
  }

  /**
   * Opens the profile's account at the simulator, unless it is there already (the default one is):
   * the site's page and server use its credentials, from the probe's first page on (a shop that
   * prepares the amount while rendering its checkout needs a token to show its pay button).
   */
  public static void ensureTenant(Workbench bench, MerchantProfile profile) {
    GatewayAccount account = profile.tenant();
    Accounts accounts = bench.simulator().simulator().accounts();
    if (accounts.byImpKey(account.impKey()).isPresent()) {
      return;
    }
    ContractFlags flags = profile.contract();
    accounts.add(
        new Tenant(
            account.userCode(),
            account.impKey(),
            account.impSecret(),
            account.notificationUrl(),
            Tenant.WebhookFormat.JSON,
            account.minimumAmount(),
            Tenant.DEFAULT_WEBHOOK_RETRIES,
            new Contract(
                flags.highRisk(),
                flags.marketplace(),
                flags.completionDateSettlement(),
                flags.escrow()),
            account.channels(),
            java.util.Map.of(),
            profile.name()));
  }

  private static String[] arguments(InspectionPlan plan, int threads) {
    List<String> args = new ArrayList<>();
    args.add("--glue");
    args.add(GLUE);
    args.add("--threads");
    args.add(Integer.toString(threads));
    // The check prints its own line per scenario and summary by rule.
    args.add("--no-summary");
    args.add("--monochrome");
    args.add("--plugin");
    args.add(ScenarioRecorder.class.getName());
    args.add("--plugin");
    args.add("html:" + plan.out().resolve("cucumber.html"));
    args.add("--plugin");
    args.add("json:" + plan.out().resolve("cucumber.json"));
    String tags = plan.tagExpression();
    if (!tags.isBlank()) {
      args.add("--tags");
      args.add(tags);
    }
    args.add(InspectionPlan.BUILT_IN_FEATURES);
    plan.features().forEach(dir -> args.add(dir.toAbsolutePath().toString()));
    return args.toArray(String[]::new);
  }
}
