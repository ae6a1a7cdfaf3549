package dev.preflight.client;

/**
 * The simulator's clock.
 *
 * @param now UNIX seconds
 * @param realTime whether it follows the machine's clock (false once set or advanced)
 */
public record ClockReading(long now, boolean realTime) {}
