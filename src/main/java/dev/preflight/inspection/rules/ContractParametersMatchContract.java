package dev.preflight.inspection.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.inspection.Evidence;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.MerchantContext;
import dev.preflight.inspection.Observation;
import dev.preflight.inspection.Severity;
import dev.preflight.simulator.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * NP-HR-1: contract-dependent parameters are sent exactly when the contract asks for them:
 * purchaser name, birthday and merchant user key for high-risk merchants, {@code sellerId} on every
 * item for marketplaces. {@code naverChainId} is only recorded: the context has no group-merchant
 * flag to judge it against.
 */
public final class ContractParametersMatchContract extends ReviewRule {
  private static final List<String> HIGH_RISK =
      List.of("naverPurchaserName", "naverPurchaserBirthday", "naverMerchantUserKey");

  public ContractParametersMatchContract() {
    super("NP-HR-1", Severity.WARN);
  }

  @Override
  public Finding evaluate(Observation observation) {
    List<JournalEntry> calls = observation.requestPays();
    if (calls.isEmpty()) {
      return skipped(observation, sharedSays(observation, "common.no-request-pay"));
    }
    MerchantContext merchant = observation.merchant();
    List<String> problems = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    for (JournalEntry call : calls) {
      int before = problems.size();
      for (String field : HIGH_RISK) {
        boolean sent = JsonValues.text(call.param(field)) != null;
        if (sent != merchant.highRisk()) {
          problems.add(
              says(
                  observation,
                  sent ? "high-risk.unasked" : "high-risk.missing",
                  call.seq(),
                  field));
        }
      }
      String birthday = JsonValues.text(call.param("naverPurchaserBirthday"));
      if (birthday != null && JsonValues.yyyyMMdd(birthday).isEmpty()) {
        problems.add(says(observation, "birthday", call.seq(), birthday));
      }
      String userKey = JsonValues.text(call.param("naverMerchantUserKey"));
      if (userKey != null && PersonalData.in(userKey, call.params())) {
        problems.add(says(observation, "personal-data", call.seq()));
      }
      JsonNode products = call.param("naverProducts");
      for (int i = 0; products.isArray() && i < products.size(); i++) {
        boolean sent = JsonValues.isPresent(products.get(i).path("sellerId"));
        if (sent != merchant.marketplace()) {
          problems.add(
              says(observation, sent ? "seller-id.unasked" : "seller-id.missing", call.seq(), i));
        }
      }
      if (problems.size() > before) {
        seqs.add(call.seq());
      }
    }
    JournalEntry last = calls.get(calls.size() - 1);
    Evidence evidence =
        Evidence.of(
                says(observation, "expected"),
                problems.isEmpty() ? says(observation, "as-required") : String.join("; ", problems))
            .withJournal(
                (problems.isEmpty() ? calls.stream().map(JournalEntry::seq).toList() : seqs)
                    .stream().mapToLong(Long::longValue).toArray())
            .with("high_risk", merchant.highRisk())
            .with("marketplace", merchant.marketplace())
            .with("params.naverChainId", JsonValues.typed(last.param("naverChainId")))
            .with("problems", problems);
    return problems.isEmpty()
        ? passed(observation, says(observation, "passed"), evidence)
        : broken(observation, says(observation, "broken"), evidence);
  }
}
