package dev.preflight.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verdicts per scenario and rule, as report.json gives them and as the expectation files list them:
 * only what is not PASSED, so that a rule that passes everywhere needs no line, and any SKIPPED,
 * REVIEW or scenario left not judged that nobody expected shows as a difference.
 */
public final class Verdicts {
  private Verdicts() {}

  /** The scenarios report.json lists, in order. */
  public static List<String> scenarios(JsonNode report) {
    List<String> names = new ArrayList<>();
    report.path("scenarios").forEach(s -> names.add(s.path("name").asText()));
    return names;
  }

  /** Scenario → rule → verdict, for every finding of report.json that is not PASSED. */
  public static Map<String, Map<String, String>> notPassed(JsonNode report) {
    Map<String, Map<String, String>> verdicts = new TreeMap<>();
    for (JsonNode finding : report.path("findings")) {
      String verdict = finding.path("verdict").asText();
      if (!verdict.equals("PASSED")) {
        verdicts
            .computeIfAbsent(finding.path("scenario").asText(), s -> new TreeMap<>())
            .put(finding.path("rule_id").asText(), verdict);
      }
    }
    return verdicts;
  }

  /**
   * The expectations by scenario for the scenarios that ran, a key ending in * standing for every
   * scenario it begins. Keys apply in the file's order, so a later, narrower key can say PASSED to
   * take back what a wider one said; PASSED stays in the result, for {@link #overlay} to take back
   * a verdict of the expectations it changes (see {@link #withoutPassed}).
   */
  public static Map<String, Map<String, String>> expand(JsonNode byScenario, List<String> ran) {
    Map<String, Map<String, String>> verdicts = new TreeMap<>();
    byScenario
        .fields()
        .forEachRemaining(
            entry -> {
              String key = entry.getKey();
              for (String scenario : ran) {
                boolean matches =
                    key.endsWith("*")
                        ? scenario.startsWith(key.substring(0, key.length() - 1))
                        : scenario.equals(key);
                if (matches) {
                  entry
                      .getValue()
                      .fields()
                      .forEachRemaining(
                          rule ->
                              verdicts
                                  .computeIfAbsent(scenario, s -> new TreeMap<>())
                                  .put(rule.getKey(), rule.getValue().asText()));
                }
              }
            });
    return verdicts;
  }

  /** The expectations as a run reports them: without PASSED, nor scenarios left with nothing. */
  public static Map<String, Map<String, String>> withoutPassed(
      Map<String, Map<String, String>> verdicts) {
    Map<String, Map<String, String>> left = new TreeMap<>();
    verdicts.forEach(
        (scenario, rules) -> {
          Map<String, String> kept = new TreeMap<>(rules);
          kept.values().removeIf("PASSED"::equals);
          if (!kept.isEmpty()) {
            left.put(scenario, kept);
          }
        });
    return left;
  }

  /** Changes over the verdicts: PASSED takes an entry away. */
  public static void overlay(
      Map<String, Map<String, String>> verdicts, Map<String, Map<String, String>> changes) {
    changes.forEach(
        (scenario, rules) ->
            rules.forEach(
                (rule, verdict) -> {
                  Map<String, String> of = verdicts.computeIfAbsent(scenario, s -> new TreeMap<>());
                  if (verdict.equals("PASSED")) {
                    of.remove(rule);
                  } else {
                    of.put(rule, verdict);
                  }
                }));
    verdicts.values().removeIf(Map::isEmpty);
  }
}
