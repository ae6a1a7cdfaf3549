package dev.preflight.harness.profile;

/**
 * A coupon code the site takes, and what it takes off, so the harness knows a cart's total.
 *
 * @param discount in won
 */
public record Coupon(String code, long discount) {}
