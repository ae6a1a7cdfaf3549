package dev.preflight.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the merchant's profile says about the site that a check cannot see for itself: what it
 * offers ({@code capabilities}) and the terms of its Naver Pay contract. The review request's
 * answers lean on it where no scenario can.
 *
 * @param capabilities the profile's capability keys, e.g. {@code partial_cancel}
 * @param contract the contract's flags by their profile names, e.g. {@code escrow}
 */
public record Declared(List<String> capabilities, Map<String, Boolean> contract) {

  /** A run that knows nothing of the site's profile (it could not read it, say). */
  public static final Declared NOTHING = new Declared(List.of(), Map.of());

  public Declared {
    capabilities = List.copyOf(capabilities);
    contract = Collections.unmodifiableMap(new LinkedHashMap<>(contract));
  }

  public boolean offers(String capability) {
    return capabilities.contains(capability);
  }
}
