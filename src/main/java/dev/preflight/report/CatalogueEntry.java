package dev.preflight.report;

import dev.preflight.inspection.Rule;
import dev.preflight.inspection.Severity;
import dev.preflight.inspection.rules.RuleCatalog;
import java.util.List;

/**
 * A rule as the report lists it, whether or not any scenario exercised it: a rule never run shows
 * as NOT RUN instead of vanishing from the report.
 */
public record CatalogueEntry(String id, Severity severity, String clause, String title) {

  public static CatalogueEntry of(Rule rule) {
    return new CatalogueEntry(rule.id(), rule.severity(), rule.clause(), RuleTitles.of(rule.id()));
  }

  /** Every rule of the catalogue, in rules.md order. */
  public static List<CatalogueEntry> all() {
    return RuleCatalog.all().stream().map(CatalogueEntry::of).toList();
  }
}
