package dev.preflight.report;

import java.util.Map;

/**
 * A short title per rule id, in the merchant's words, for tables and headings. Kept here rather
 * than in the rule classes because it is presentation: the clause stays the authority.
 */
final class RuleTitles {
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("RES-1", "A failed payment lookup is not taken for a payment"),
          Map.entry("RES-2", "A failed cancel is not reported as done"),
          Map.entry("RES-3", "A failed scheduled charge is shown"),
          Map.entry("NP-ERR-1", "Failure message shown exactly as sent (popup)"),
          Map.entry("NP-ERR-2", "Failure message shown exactly as sent (redirect)"),
          Map.entry("NP-ERR-3", "Result message matches the outcome"),
          Map.entry("NP-ERR-4", "Failure message rendered as text, not HTML"),
          Map.entry("NP-AMT-1", "Orders under the minimum amount handled"),
          Map.entry("NP-AMT-2", "amount sent as a number"),
          Map.entry("NP-AMT-3", "Tampered amount caught and cancelled"),
          Map.entry("NP-AMT-4", "Amount pre-registered before payment"),
          Map.entry("NP-PRD-1", "naverProducts sent"),
          Map.entry("NP-PRD-2", "Every product item complete and allowed"),
          Map.entry("NP-PRD-3", "name equals the first product's name"),
          Map.entry("NP-PRD-4", "Optional product fields well-formed"),
          Map.entry("NP-PRD-5", "Products match the cart shown"),
          Map.entry("NP-MODE-1", "Popup mode comes with a callback"),
          Map.entry("NP-MODE-2", "Redirect mode comes with an absolute m_redirect_url"),
          Map.entry("NP-MODE-3", "Redirect mode used on mobile"),
          Map.entry("NP-MODE-4", "Flow completes in the chosen mode"),
          Map.entry("NP-VER-1", "Payment verified on the server before success is shown"),
          Map.entry("NP-UID-1", "merchant_uid never reused"),
          Map.entry("NP-PG-1", "pg names Naver Pay"),
          Map.entry("NP-CXL-1", "Cancel carries a reason"),
          Map.entry("NP-CXL-2", "Cancel carries extra.requester"),
          Map.entry("NP-CXL-3", "Cancel requester matches who started it"),
          Map.entry("NP-CXL-4", "Partial cancel carries amount and checksum"),
          Map.entry("NP-SUB-1", "Billing key registration sends customer_uid"),
          Map.entry("NP-SUB-2", "Billing key registration sends buyer_tel"),
          Map.entry("NP-SUB-3", "Billing key registration sends a fixed naverProductCode"),
          Map.entry("NP-SUB-4", "Recurring charges use the registered customer"),
          Map.entry("NP-SUB-5", "Usage completion date valid"),
          Map.entry("NP-SUB-6", "Billing key deletion carries reason and requester"),
          Map.entry("NP-HR-1", "Contract-dependent parameters match the contract"));

  private RuleTitles() {}

  /** The title, or the id itself for a rule added to the catalogue but not yet here. */
  static String of(String ruleId) {
    return TITLES.getOrDefault(ruleId, ruleId);
  }

  static boolean has(String ruleId) {
    return TITLES.containsKey(ruleId);
  }
}
