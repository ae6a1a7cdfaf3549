package dev.preflight.assertions;

import dev.preflight.inspection.Finding;
import dev.preflight.inspection.Severity;
import dev.preflight.inspection.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a rule's verdict: {@code assertThat(finding).failed().citing("NP-CXL-2")}, {@code
 * .skipped().because("subscriptions")}, {@code .hasDetail("params.amount")}.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {
  private FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual);
  }

  public FindingAssert passed() {
    return hasVerdict(Verdict.PASSED);
  }

  public FindingAssert failed() {
    return hasVerdict(Verdict.FAILED);
  }

  public FindingAssert warned() {
    return hasVerdict(Verdict.WARNING);
  }

  public FindingAssert needsReview() {
    return hasVerdict(Verdict.REVIEW);
  }

  public FindingAssert skipped() {
    return hasVerdict(Verdict.SKIPPED);
  }

  public FindingAssert hasVerdict(Verdict verdict) {
    isNotNull();
    if (actual.verdict() != verdict) {
      failWithMessage(
          "expected %s but %s was %s: %s (evidence: %s)",
          verdict, actual.ruleId(), actual.verdict(), actual.reason(), actual.evidence());
    }
    return this;
  }

  public FindingAssert citing(String ruleId) {
    isNotNull();
    if (!ruleId.equals(actual.ruleId())) {
      failWithMessage("expected a finding of %s but it was of %s", ruleId, actual.ruleId());
    }
    return this;
  }

  public FindingAssert atSeverity(Severity severity) {
    isNotNull();
    if (actual.severity() != severity) {
      failWithMessage("expected severity %s but was %s", severity, actual.severity());
    }
    return this;
  }

  /** The reason (for SKIPPED) or summary contains this text. */
  public FindingAssert because(String text) {
    isNotNull();
    if (actual.reason() == null || !actual.reason().contains(text)) {
      failWithMessage("expected the reason to mention <%s> but it was <%s>", text, actual.reason());
    }
    return this;
  }

  public FindingAssert hasDetail(String name) {
    isNotNull();
    if (!actual.evidence().details().containsKey(name)) {
      failWithMessage(
          "expected evidence detail <%s> but there were %s", name, actual.evidence().details());
    }
    return this;
  }

  public FindingAssert hasDetail(String name, Object value) {
    hasDetail(name);
    Object found = actual.evidence().details().get(name);
    if (!java.util.Objects.equals(String.valueOf(found), String.valueOf(value))) {
      failWithMessage("expected evidence detail %s = <%s> but was <%s>", name, value, found);
    }
    return this;
  }

  public FindingAssert citesJournal(Long... seqs) {
    isNotNull();
    if (!actual.evidence().journalSeqs().containsAll(java.util.List.of(seqs))) {
      failWithMessage(
          "expected journal seqs %s among %s",
          java.util.List.of(seqs), actual.evidence().journalSeqs());
    }
    return this;
  }
}
