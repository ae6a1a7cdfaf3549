package dev.preflight.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What was checked, when and how: the report's header.
 *
 * @param devices the device profiles the scenarios ran on, e.g. {@code pc}, {@code mobile}
 */
public record RunInfo(
    String toolVersion,
    Instant startedAt,
    Instant finishedAt,
    String merchantName,
    String merchantBaseUrl,
    String browser,
    List<String> devices) {

  public RunInfo {
    devices = List.copyOf(devices);
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }
}
