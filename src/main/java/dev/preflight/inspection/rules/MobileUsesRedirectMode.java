package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.MerchantContext;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.util.List;

/** NP-MODE-3: on mobile, redirect mode is used (WebViews and Safari block popups). */
public final class MobileUsesRedirectMode extends ReviewRule {
  public MobileUsesRedirectMode() {
    super("NP-MODE-3", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> mobile =
        Attempt.of(observation.journal()).stream().filter(Attempt::mobile).toList();
    if (mobile.isEmpty()) {
      return skipped(
          observation,
          observation.merchant().can(MerchantContext.MOBILE)
              ? says(observation, "no-mobile-call")
              : says(observation, "no-mobile"));
    }
    List<Attempt> popups = mobile.stream().filter(Attempt::popup).toList();
    Attempt shown = popups.isEmpty() ? mobile.get(mobile.size() - 1) : popups.get(0);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                says(observation, shown.popup() ? "popup" : "redirect"))
            .withJournal(
                (popups.isEmpty() ? mobile : popups)
                    .stream().mapToLong(a -> a.call().seq()).toArray())
            .with("params.naverPopupMode", JsonValues.typed(shown.params().path("naverPopupMode")))
            .with("user_agent", shown.call().detail().path("user_agent").asText(null));
    return popups.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
