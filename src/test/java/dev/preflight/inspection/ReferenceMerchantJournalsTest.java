package dev.preflight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.inspection.rules.RuleCatalog;
import dev.preflight.merchant.Defect;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole catalogue against the journals the reference merchant produces: compliant it breaks no
 * rule; with one defect switched on it breaks exactly the rules that defect lists.
 */
class ReferenceMerchantJournalsTest {

  @Test
  void theCompliantShopBreaksNoRule() {
    assertThat(broken(Set.of())).isEmpty();
  }

  // trusts-browser-on-lookup-failure shows only when a lookup fails, and these hand-written
  // journals have no gateway faults: its rule (RES-1) is judged by features/resilience instead.
  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = "TRUSTS_BROWSER_ON_LOOKUP_FAILURE")
  void eachDefectBreaksExactlyTheRulesItLists(Defect defect) {
    assertThat(broken(Set.of(defect)))
        .as(defect.mistake())
        .isEqualTo(new TreeSet<>(defect.rules()));
  }

  private static Set<String> broken(Set<Defect> defects) {
    Set<String> ids = new TreeSet<>();
    List<Observation> observations = new ReferenceMerchantRun(defects).run();
    for (Observation observation : observations) {
      for (Rule rule : RuleCatalog.all()) {
        Finding finding = rule.evaluate(observation);
        if (finding.verdict() == Verdict.FAILED || finding.verdict() == Verdict.WARNING) {
          ids.add(finding.ruleId());
        }
      }
    }
    return ids;
  }
}
