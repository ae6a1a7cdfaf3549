package dev.preflight.report;

import dev.preflight.inspection.Finding;
import dev.preflight.inspection.JournalRecord;
import java.util.List;
import java.util.Optional;

/**
 * One scenario run on one device and what the rules made of it.
 *
 * @param feature the capability it belongs to, e.g. {@code failure-messages}
 * @param device the device profile, e.g. {@code pc}; null when the scenario has none
 * @param journal the journal entries it produced, which the findings' evidence cites by seq
 * @param screenshots PNG file names relative to the report directory
 */
public record ScenarioResult(
    String name,
    String feature,
    String device,
    List<String> tags,
    ScenarioStatus status,
    List<Finding> findings,
    List<JournalRecord> journal,
    List<String> screenshots) {

  public ScenarioResult {
    tags = List.copyOf(tags);
    findings = List.copyOf(findings);
    journal = List.copyOf(journal);
    screenshots = List.copyOf(screenshots);
  }

  /** The name with the device, since one scenario runs once per device. */
  public String label() {
    return device == null || device.isBlank() ? name : name + " [" + device + "]";
  }

  public Optional<JournalRecord> entry(long seq) {
    return journal.stream().filter(record -> record.seq() == seq).findFirst();
  }
}
