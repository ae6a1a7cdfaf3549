package dev.preflight.inspection.rules;

import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;

/** NP-ERR-1: on the popup/callback path the buyer sees {@code error_msg} exactly as sent. */
public final class ErrorMessageShownVerbatim extends ReviewRule {
  public ErrorMessageShownVerbatim() {
    super("NP-ERR-1", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    return VerbatimMessage.judge(this, observation, Attempt.Path.CALLBACK);
  }
}
