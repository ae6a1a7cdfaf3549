package dev.preflight.harness;

import dev.preflight.inspection.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What the steps of one scenario leave for its result, handed over when the scenario ends: the
 * scenario object itself is gone by the time Cucumber reports how it ended.
 *
 * @param device the device it ran on, {@code pc} or {@code mobile}, or null when no step said
 * @param ruleIds the rules its tags name
 * @param findings the rules' findings, or empty when it ended before it was judged
 * @param screenshot the reserved name of the last view's screenshot, or null
 * @param png that screenshot, not yet written
 */
public record ScenarioEvidence(
    String device,
    List<String> ruleIds,
    long startSeq,
    Optional<List<Finding>> findings,
    String screenshot,
    byte[] png) {}
