package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/** NP-MODE-1: {@code naverPopupMode: true} comes with a callback for the response. */
public final class PopupModeHasCallback extends ReviewRule {
  public PopupModeHasCallback() {
    super("NP-MODE-1", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> popups =
        Attempt.of(observation.journal()).stream().filter(Attempt::popup).toList();
    if (popups.isEmpty()) {
      return skipped(observation, says(observation, "no-popup"));
    }
    List<Attempt> wrong = popups.stream().filter(a -> !a.hasCallback()).toList();
    Attempt shown = wrong.isEmpty() ? popups.get(popups.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                "IMP.request_pay(params, callback)",
                says(observation, shown.hasCallback() ? "callback" : "no-callback"))
            .withJournal(
                (wrong.isEmpty() ? popups : wrong)
                    .stream().mapToLong(a -> a.call().seq()).toArray())
            .with("params.naverPopupMode", JsonValues.typed(shown.params().path("naverPopupMode")))
            .with("has_callback", shown.hasCallback());
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
