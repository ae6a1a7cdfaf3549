package dev.preflight.inspection.rules;

import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;

/** NP-ERR-2: on the m_redirect_url page the buyer sees {@code error_msg} exactly as sent. */
public final class RedirectErrorMessageShownVerbatim extends ReviewRule {
  public RedirectErrorMessageShownVerbatim() {
    super("NP-ERR-2", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    return VerbatimMessage.judge(this, observation, Attempt.Path.REDIRECT);
  }
}
