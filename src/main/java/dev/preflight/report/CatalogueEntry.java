package dev.preflight.report;

import dev.preflight.inspection.Rule;
import dev.preflight.inspection.RuleKind;
import dev.preflight.inspection.Severity;
import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.text.Messages;
import java.util.List;

/**
 * A rule as the report lists it, whether or not any scenario exercised it: a rule never run shows
 * as NOT RUN instead of vanishing from the report. Its words are in the message bundle ({@link
 * RuleText}); {@code clause} is the English one the rule carries, for a rule the bundle lacks.
 */
public record CatalogueEntry(String id, Severity severity, RuleKind kind, String clause) {

  public static CatalogueEntry of(Rule rule) {
    return new CatalogueEntry(rule.id(), rule.severity(), rule.kind(), rule.clause());
  }

  /** Every rule of the catalogue, in docs/rules.md order. */
  public static List<CatalogueEntry> all() {
    return RuleCatalog.all().stream().map(CatalogueEntry::of).toList();
  }

  /** Its title, clause, evidence, how it is checked and how to fix it, in a language. */
  public RuleText text(Messages messages) {
    return RuleText.of(this, messages);
  }

  public String title(Messages messages) {
    return text(messages).title();
  }

  /** Naver's own review rule, as against one of the tool's resilience checks. */
  public boolean isNavers() {
    return kind == RuleKind.NAVER;
  }
}
