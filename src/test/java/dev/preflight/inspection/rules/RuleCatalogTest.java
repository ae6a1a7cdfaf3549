package dev.preflight.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.Rule;
import dev.preflight.inspection.Scenario;
import dev.preflight.inspection.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
  /**
   * The 31 ids of /work/shared/rules.md, in its order, with their severities. Hard-coded because
   * shared/ is not part of the repository CI checks out: change this list when rules.md changes.
   */
  private static final Map<String, Severity> RULES_MD =
      orderedMap(
          "NP-ERR-1",
          Severity.FAIL,
          "NP-ERR-2",
          Severity.FAIL,
          "NP-ERR-3",
          Severity.WARN,
          "NP-ERR-4",
          Severity.WARN,
          "NP-AMT-1",
          Severity.FAIL,
          "NP-AMT-2",
          Severity.FAIL,
          "NP-AMT-3",
          Severity.FAIL,
          "NP-AMT-4",
          Severity.WARN,
          "NP-PRD-1",
          Severity.FAIL,
          "NP-PRD-2",
          Severity.FAIL,
          "NP-PRD-3",
          Severity.WARN,
          "NP-PRD-4",
          Severity.WARN,
          "NP-PRD-5",
          Severity.INFO,
          "NP-MODE-1",
          Severity.FAIL,
          "NP-MODE-2",
          Severity.FAIL,
          "NP-MODE-3",
          Severity.WARN,
          "NP-MODE-4",
          Severity.FAIL,
          "NP-VER-1",
          Severity.FAIL,
          "NP-UID-1",
          Severity.FAIL,
          "NP-PG-1",
          Severity.FAIL,
          "NP-CXL-1",
          Severity.FAIL,
          "NP-CXL-2",
          Severity.FAIL,
          "NP-CXL-3",
          Severity.WARN,
          "NP-CXL-4",
          Severity.WARN,
          "NP-SUB-1",
          Severity.FAIL,
          "NP-SUB-2",
          Severity.FAIL,
          "NP-SUB-3",
          Severity.WARN,
          "NP-SUB-4",
          Severity.FAIL,
          "NP-SUB-5",
          Severity.FAIL,
          "NP-SUB-6",
          Severity.FAIL,
          "NP-HR-1",
          Severity.WARN);

  /**
   * The resilience checks of issue 5, after the review rules: not Naver's, but what a shop must do
   * when the gateway fails it.
   */
  private static final Map<String, Severity> RESILIENCE =
      orderedMap("RES-1", Severity.FAIL, "RES-2", Severity.FAIL, "RES-3", Severity.WARN);

  private static Map<String, Severity> catalogue() {
    Map<String, Severity> all = new java.util.LinkedHashMap<>(RULES_MD);
    all.putAll(RESILIENCE);
    return all;
  }

  @Test
  void holdsExactlyOneRuleForEachIdOfRulesMdInItsOrderThenTheResilienceChecks() {
    assertThat(RuleCatalog.ids()).containsExactlyElementsOf(catalogue().keySet());
    assertThat(RuleCatalog.all()).extracting(r -> r.getClass()).doesNotHaveDuplicates();
  }

  @Test
  void givesEachRuleItsSeverityAndAClause() {
    for (Rule rule : RuleCatalog.all()) {
      assertThat(rule.severity()).as(rule.id()).isEqualTo(catalogue().get(rule.id()));
      assertThat(rule.clause()).as(rule.id()).isNotBlank();
    }
  }

  @Test
  void findsARuleById() {
    assertThat(RuleCatalog.byId("NP-CXL-2")).get().isInstanceOf(CancelCarriesRequester.class);
    assertThat(RuleCatalog.byId("NP-XXX-9")).isEmpty();
  }

  @Test
  void everyRuleJudgesAnEmptyScenarioWithAReasonAndNeverThrows() {
    for (Rule rule : RuleCatalog.all()) {
      var finding = Scenario.pc().judgedBy(rule);
      assertThat(finding.ruleId()).isEqualTo(rule.id());
      assertThat(finding.reason()).as(rule.id()).isNotBlank();
    }
  }

  private static Map<String, Severity> orderedMap(Object... pairs) {
    Map<String, Severity> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Severity) pairs[i + 1]);
    }
    return map;
  }
}
