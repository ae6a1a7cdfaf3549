package dev.preflight.report;

import dev.preflight.inspection.Finding;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.text.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One scenario run on one device and what the rules made of it.
 *
 * @param feature the capability it belongs to, e.g. {@code failure-messages}
 * @param device the device profile, e.g. {@code pc}; null when the scenario has none
 * @param journal the journal entries it produced, which the findings' evidence cites by seq
 * @param screenshots PNG file names relative to the report directory
 * @param startedAt when Cucumber started it; null when not known
 * @param finishedAt when Cucumber finished it; null when not known
 * @param stopReason why it ended before a verdict (SKIPPED or NOT_JUDGED), said in each report's
 *     language; null when it ran to its end
 */
public record ScenarioResult(
    String name,
    String feature,
    String device,
    List<String> tags,
    ScenarioStatus status,
    List<Finding> findings,
    List<JournalEntry> journal,
    List<String> screenshots,
    Instant startedAt,
    Instant finishedAt,
    StopReason stopReason) {

  public ScenarioResult {
    tags = List.copyOf(tags);
    findings = List.copyOf(findings);
    journal = List.copyOf(journal);
    screenshots = List.copyOf(screenshots);
  }

  /** A result without times or a stop reason, as a test builds one. */
  public ScenarioResult(
      String name,
      String feature,
      String device,
      List<String> tags,
      ScenarioStatus status,
      List<Finding> findings,
      List<JournalEntry> journal,
      List<String> screenshots) {
    this(name, feature, device, tags, status, findings, journal, screenshots, null, null, null);
  }

  /** The name with the device, since one scenario runs once per device. */
  public String label() {
    return device == null || device.isBlank() ? name : name + " [" + device + "]";
  }

  /** The name in a report's language: the bundle's title for our own scenarios, else as written. */
  public String title(Messages m) {
    return ScenarioTitles.of(m, name);
  }

  /** The title with the device, as {@link #label()} for the name. */
  public String label(Messages m) {
    return device == null || device.isBlank() ? title(m) : title(m) + " [" + device + "]";
  }

  /** Why it ended before a verdict, in a report's language; null when it ran to its end. */
  public String stopReason(Messages m) {
    return stopReason == null ? null : stopReason.in(m);
  }

  public Optional<JournalEntry> entry(long seq) {
    return journal.stream().filter(record -> record.seq() == seq).findFirst();
  }

  /** Whether it should have run but was not driven to a verdict. */
  public boolean notJudged() {
    return status == ScenarioStatus.NOT_JUDGED;
  }

  /** How long it took; zero when its times are not known. */
  public Duration duration() {
    return startedAt == null || finishedAt == null
        ? Duration.ZERO
        : Duration.between(startedAt, finishedAt);
  }

  /** The same result with Cucumber's times for it. */
  public ScenarioResult timed(Instant started, Instant finished) {
    return new ScenarioResult(
        name,
        feature,
        device,
        tags,
        status,
        findings,
        journal,
        screenshots,
        started,
        finished,
        stopReason);
  }

  /** The same result with why it ended before a verdict. */
  public ScenarioResult stoppedBecause(StopReason reason) {
    return new ScenarioResult(
        name,
        feature,
        device,
        tags,
        status,
        findings,
        journal,
        screenshots,
        startedAt,
        finishedAt,
        reason);
  }
}
