package dev.preflight.harness.profile;

import java.util.regex.Pattern;

/** What counts as an address in a profile. */
final class Addresses {
  /**
   * A scheme and a host; the rest is not parsed, because an address template holds {@code {…}},
   * which {@link java.net.URI} refuses.
   */
  private static final Pattern ABSOLUTE_HTTP = Pattern.compile("https?://[^/?#\\s]+([/?#]\\S*)?");

  private Addresses() {}

  static boolean isAbsoluteHttp(String address) {
    return ABSOLUTE_HTTP.matcher(address).matches();
  }

  /** An address a step may open: absolute, or a path appended to {@code base_url}. */
  static boolean isOpenable(String address) {
    return address.startsWith("/")
        || address.startsWith("${")
        || address.startsWith("http://")
        || address.startsWith("https://");
  }
}
