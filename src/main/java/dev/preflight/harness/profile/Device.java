package dev.preflight.harness.profile;

/** What the harness presents itself as; the site picks popup or redirect mode by it. */
public enum Device {
  PC,
  MOBILE
}
