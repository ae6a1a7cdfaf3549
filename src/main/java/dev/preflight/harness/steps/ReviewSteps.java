package dev.preflight.harness.steps;

import dev.preflight.harness.InspectionRun;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Rule;
import dev.preflight.inspection.Verdict;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.simulator.journal.JournalEntry;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;

/**
 * Judging a scenario: the rules its tags name ({@code @NP-ERR-1}, …) read what was recorded, and
 * the scenario fails when a rule fails. A WARNING does not fail it; the report shows it.
 */
public final class ReviewSteps {
  private final ScenarioContext context;

  public ReviewSteps(ScenarioContext context) {
    this.context = context;
  }

  // Each feature says its outcome in its own words; all of them are judged the same way, by the
  // rules the scenario's tags name.

  @Then("the buyer is told what Naver said, word for word")
  public void theBuyerIsToldWhatNaverSaid() {
    judge();
  }

  @Then("the order is complete and the integration follows the guide")
  public void theOrderIsComplete() {
    judge();
  }

  @Then("the buyer is told the minimum amount")
  public void theBuyerIsToldTheMinimum() {
    judge();
  }

  @Then("the shop refuses the order and cancels the payment")
  public void theShopRefusesTheOrder() {
    judge();
  }

  @Then("the shop does not confirm the order")
  public void theShopDoesNotConfirm() {
    judge();
  }

  @Then("every order has a merchant_uid of its own")
  public void everyOrderHasItsOwnMerchantUid() {
    judge();
  }

  @Then("the cancel tells Naver why and who asked")
  public void theCancelTellsWhyAndWho() {
    judge();
  }

  @Then("the subscription follows the recurring-payment guide")
  public void theSubscriptionFollowsTheGuide() {
    judge();
  }

  @Then("the billing key is deleted as the guide says")
  public void theBillingKeyIsDeleted() {
    judge();
  }

  @Then("the shop does not confirm a payment it could not look up")
  public void theShopDoesNotConfirmAnUnconfirmedPayment() {
    judge();
  }

  @Then("the shop does not report the cancel as done")
  public void theShopDoesNotReportTheCancel() {
    judge();
  }

  @Then("the failed charge is shown on the subscription")
  public void theFailedChargeIsShown() {
    judge();
  }

  private void judge() {
    InspectionRun run = InspectionRun.current();
    List<JournalEntry> all = run.journal().since(0);
    List<JournalEntry> earlier = all.stream().filter(r -> r.seq() <= context.startSeq()).toList();
    List<JournalEntry> mine = all.stream().filter(r -> r.seq() > context.startSeq()).toList();
    Observation observation =
        new Observation(
            context.name(),
            context.device().name().toLowerCase(java.util.Locale.ROOT),
            mine,
            earlier,
            context.buyer(),
            run.merchantContext(),
            context.actions(),
            context.cartView(),
            run.findingWords());
    List<Finding> findings = new ArrayList<>();
    for (String id : context.ruleIds()) {
      if (!run.judges(id)) {
        continue;
      }
      Rule rule =
          RuleCatalog.byId(id)
              .orElseThrow(() -> new IllegalStateException("no rule " + id + " in the catalogue"));
      findings.add(rule.evaluate(observation));
    }
    context.judged(findings);
    List<String> failed =
        findings.stream()
            .filter(f -> f.verdict() == Verdict.FAILED)
            .map(
                f ->
                    f.ruleId()
                        + ": "
                        + f.reason()
                        + " (expected "
                        + f.evidence().expected()
                        + "; saw "
                        + f.evidence().actual()
                        + ")")
            .toList();
    if (!failed.isEmpty()) {
      throw new AssertionError(String.join("\n", failed));
    }
  }
}
