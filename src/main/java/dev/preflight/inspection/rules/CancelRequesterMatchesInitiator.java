package dev.preflight.inspection.rules;

import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.JournalRecord;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NP-CXL-3: {@code requester} names who started the cancel. Who that was is inferred: the cancel of
 * a payment approved for another amount than requested is the server's own (NP-AMT-3), so {@code
 * admin}; otherwise the page the scenario ended on tells: a back-office path ({@code /admin},
 * {@code /manage}, {@code /backoffice}, …) means {@code admin}, any other page the buyer's, so
 * {@code customer}. A cancel with no requester is NP-CXL-2's.
 */
public final class CancelRequesterMatchesInitiator extends ReviewRule {
  static final Pattern BACK_OFFICE =
      Pattern.compile(
          "(^|/)(admin|manage|manager|management|backoffice|back-office|seller|partner|console)(/|$|[-_.])",
          Pattern.CASE_INSENSITIVE);

  public CancelRequesterMatchesInitiator() {
    super(
        "NP-CXL-3",
        Severity.WARN,
        "requester matches who started it: a buyer's cancel sends customer, a back-office cancel"
            + " admin.");
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalRecord> cancels = observation.entries(RestCalls::isCancel);
    if (cancels.isEmpty()) {
      return skipped(observation, "no POST /payments/cancel was made");
    }
    cancels = cancels.stream().filter(c -> Requester.of(c) != null).toList();
    if (cancels.isEmpty()) {
      return skipped(observation, "no cancel sent a requester (NP-CXL-2 judges that)");
    }
    String pageUrl = observation.buyer().pageUrl();
    List<Attempt> attempts = Attempt.of(observation.journal());
    for (JournalRecord cancel : cancels) {
      boolean onConfirming =
          attempts.stream()
              .filter(a -> a.tampered() && a.lastSeq() < cancel.seq())
              .anyMatch(a -> RestCalls.cancels(cancel, a.impUid(), a.merchantUid()));
      if (!onConfirming && pageUrl == null) {
        return skipped(observation, "who started the cancel cannot be told: no page was captured");
      }
      String expected = onConfirming || backOffice(pageUrl) ? "admin" : "customer";
      String sent = Requester.of(cancel);
      if (!sent.equals(expected)) {
        return broken(
            observation,
            "requester does not match who started the cancel",
            evidence(expected, sent, cancel, onConfirming, pageUrl));
      }
    }
    JournalRecord last = cancels.get(cancels.size() - 1);
    return passed(
        observation,
        "requester matched who started the cancel",
        evidence("customer or admin as started", Requester.of(last), last, false, pageUrl));
  }

  private static Evidence evidence(
      String expected, String sent, JournalRecord cancel, boolean onConfirming, String pageUrl) {
    return Evidence.of(expected, String.valueOf(sent))
        .withJournal(cancel.seq())
        .with("params.extra", JsonValues.typed(cancel.param("extra")))
        .with(
            "started_by",
            onConfirming
                ? "the merchant's server: the paid amount differed from the order"
                : "page " + pageUrl);
  }

  static boolean backOffice(String pageUrl) {
    String path;
    try {
      path = URI.create(pageUrl.strip()).getPath();
    } catch (IllegalArgumentException notAUri) {
      path = pageUrl;
    }
    return path != null && BACK_OFFICE.matcher(path).find();
  }
}
