package dev.preflight.report;

import dev.preflight.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule in words, in one language, from the bundle's {@code rule.<ID>.} keys: what the report,
 * {@code check --list-rules} and docs/rules.md say about it. The fix's code, the same in every
 * language, is a file of its own ({@code messages/fixes/<ID>.js}, or one file several rules share).
 *
 * @param evidence what the rule reads: the browser, the request_pay parameters, the REST calls
 * @param checked how the check exercises and judges it
 * @param fix a short hint on how to fix it
 * @param snippet the code of the usual fix, when one helps
 */
public record RuleText(
    String id,
    String title,
    String clause,
    String evidence,
    String checked,
    String fix,
    Optional<String> snippet) {

  static RuleText of(CatalogueEntry rule, Messages messages) {
    String key = "rule." + rule.id() + ".";
    if (!messages.has(key + "title")) {
      // A rule outside the catalogue (an old report, a merchant's own feature): its id and clause.
      return new RuleText(rule.id(), rule.id(), rule.clause(), "", "", "", Optional.empty());
    }
    return new RuleText(
        rule.id(),
        messages.get(key + "title"),
        messages.get(key + "clause"),
        messages.get(key + "evidence"),
        messages.get(key + "checked"),
        messages.get(key + "fix"),
        snippet(rule.id()));
  }

  /** Rules whose fix is one piece of code they share, by the file's name. */
  private static final java.util.Map<String, String> SHARED_FIXES =
      java.util.Map.of(
          "NP-PRD-1", "naver-products",
          "NP-PRD-2", "naver-products",
          "NP-PRD-3", "naver-products",
          "NP-CXL-1", "cancel-body",
          "NP-CXL-2", "cancel-body");

  /** The code of the fix for a rule, if it has one. */
  static Optional<String> snippet(String ruleId) {
    String file = SHARED_FIXES.getOrDefault(ruleId, ruleId);
    try (InputStream in = RuleText.class.getResourceAsStream("/messages/fixes/" + file + ".js")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
