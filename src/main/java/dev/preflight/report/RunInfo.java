package dev.preflight.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What was checked, when and how: the report's header.
 *
 * @param devices the device profiles the scenarios ran on, e.g. {@code pc}, {@code mobile}
 * @param declared what the site's profile declares about it
 */
public record RunInfo(
    String toolVersion,
    Instant startedAt,
    Instant finishedAt,
    String merchantName,
    String merchantBaseUrl,
    String browser,
    List<String> devices,
    Declared declared) {

  public RunInfo {
    devices = List.copyOf(devices);
    declared = declared == null ? Declared.NOTHING : declared;
  }

  /** A header that knows nothing of the profile's declarations. */
  public RunInfo(
      String toolVersion,
      Instant startedAt,
      Instant finishedAt,
      String merchantName,
      String merchantBaseUrl,
      String browser,
      List<String> devices) {
    this(
        toolVersion,
        startedAt,
        finishedAt,
        merchantName,
        merchantBaseUrl,
        browser,
        devices,
        Declared.NOTHING);
  }

  /** The same header with what the profile declares. */
  public RunInfo declaring(Declared what) {
    return new RunInfo(
        toolVersion, startedAt, finishedAt, merchantName, merchantBaseUrl, browser, devices, what);
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }
}
