package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/**
 * NP-MODE-4: the flow completes in the chosen mode. Popup: opened (not blocked) and answered to a
 * callback. Redirect: {@code m_redirect_url} given so the result comes back. A refusal for another
 * reason (a string amount, a paid merchant_uid) never opened the window and is not judged here.
 */
public final class FlowCompletesInChosenMode extends ReviewRule {
  private static final String MISSING_REDIRECT = "MISSING_M_REDIRECT_URL";

  public FlowCompletesInChosenMode() {
    super("NP-MODE-4", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> attempts = Attempt.of(observation.journal());
    if (attempts.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-request-pay"));
    }
    Attempt attempt = attempts.get(attempts.size() - 1);
    String mode = attempt.popup() ? "popup" : "redirect";
    String problem = problem(observation, attempt);
    if (problem == null && attempt.refused()) {
      return skipped(observation, says(observation, "refused", attempt.errorCode()));
    }
    Evidence evidence =
        Evidence.of(
                says(observation, attempt.popup() ? "expected.popup" : "expected.redirect"),
                problem == null ? says(observation, "completed") : problem)
            .withJournal(attempt.seqs())
            .with("mode", mode)
            .with("device", attempt.mobile() ? "mobile" : "pc")
            .with("has_callback", attempt.hasCallback())
            .with(
                "params.m_redirect_url", JsonValues.typed(attempt.params().path("m_redirect_url")))
            .with("choice", attempt.choice())
            .with("page_url", observation.buyer().pageUrl());
    return problem == null
        ? passed(observation, says(observation, "passed." + mode), evidence)
        : broken(observation, says(observation, "broken." + mode), evidence);
  }

  private String problem(Observation observation, Attempt attempt) {
    if (!attempt.popup()
        && (MISSING_REDIRECT.equals(attempt.errorCode()) || attempt.redirectUrl() == null)) {
      return says(observation, "no-redirect-url");
    }
    if (attempt.refused()) {
      return null;
    }
    if ("blocked".equals(attempt.choice())) {
      return says(observation, "blocked");
    }
    if (attempt.popup() && !attempt.hasCallback()) {
      return says(observation, "no-callback");
    }
    if (attempt.window() == null) {
      return says(observation, "no-result");
    }
    return null;
  }
}
