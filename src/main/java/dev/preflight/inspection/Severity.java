package dev.preflight.inspection;

/**
 * How much a broken rule matters: {@code FAIL}, Naver's review would ask for a correction; {@code
 * WARN}, a likely correction or a real risk; {@code INFO}, worth knowing.
 */
public enum Severity {
  FAIL,
  WARN,
  INFO
}
