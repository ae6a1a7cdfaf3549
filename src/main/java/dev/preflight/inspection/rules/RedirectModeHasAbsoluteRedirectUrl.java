package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** NP-MODE-2: redirect mode comes with {@code m_redirect_url}, an absolute http(s) URL. */
public final class RedirectModeHasAbsoluteRedirectUrl extends ReviewRule {
  public RedirectModeHasAbsoluteRedirectUrl() {
    super("NP-MODE-2", Severity.FAIL);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<Attempt> redirects =
        Attempt.of(observation.journal()).stream().filter(a -> !a.popup()).toList();
    if (redirects.isEmpty()) {
      return skipped(observation, says(observation, "no-redirect"));
    }
    List<Attempt> wrong =
        redirects.stream()
            .filter(a -> !absoluteHttp(a.params().path("m_redirect_url").asText(null)))
            .toList();
    Attempt shown = wrong.isEmpty() ? redirects.get(redirects.size() - 1) : wrong.get(0);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"), String.valueOf(shown.params().get("m_redirect_url")))
            .withJournal(
                (wrong.isEmpty() ? redirects : wrong)
                    .stream().mapToLong(a -> a.call().seq()).toArray())
            .with("params.naverPopupMode", JsonValues.typed(shown.params().path("naverPopupMode")))
            .with("params.m_redirect_url", JsonValues.typed(shown.params().path("m_redirect_url")));
    return wrong.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }

  static boolean absoluteHttp(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
