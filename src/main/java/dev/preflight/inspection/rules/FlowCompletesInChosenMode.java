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
      return skipped(observation, "no request_pay was called");
    }
    Attempt attempt = attempts.get(attempts.size() - 1);
    String mode = attempt.popup() ? "popup" : "redirect";
    String problem = problem(attempt);
    if (problem == null && attempt.refused()) {
      return skipped(
          observation,
          "the SDK refused request_pay (" + attempt.errorCode() + ") before any window opened");
    }
    Evidence evidence =
        Evidence.of(
                attempt.popup()
                    ? "popup opened on the click, result to the callback"
                    : "redirect back to m_redirect_url",
                problem == null ? "completed" : problem)
            .withJournal(attempt.seqs())
            .with("mode", mode)
            .with("device", attempt.mobile() ? "mobile" : "pc")
            .with("has_callback", attempt.hasCallback())
            .with(
                "params.m_redirect_url", JsonValues.typed(attempt.params().path("m_redirect_url")))
            .with("choice", attempt.choice())
            .with("page_url", observation.buyer().pageUrl());
    return problem == null
        ? passed(observation, "the flow completed in " + mode + " mode", evidence)
        : broken(observation, "the flow did not complete in " + mode + " mode", evidence);
  }

  private static String problem(Attempt attempt) {
    if (!attempt.popup()
        && (MISSING_REDIRECT.equals(attempt.errorCode()) || attempt.redirectUrl() == null)) {
      return "redirect mode without m_redirect_url: the result has nowhere to come back to";
    }
    if (attempt.refused()) {
      return null;
    }
    if ("blocked".equals(attempt.choice())) {
      return "the popup was blocked (not opened from the buyer's click)";
    }
    if (attempt.popup() && !attempt.hasCallback()) {
      return "popup mode without a callback: the result is not handled in one";
    }
    if (attempt.window() == null) {
      return "the window never reported a result";
    }
    return null;
  }
}
