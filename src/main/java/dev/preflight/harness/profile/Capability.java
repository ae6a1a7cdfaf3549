package dev.preflight.harness.profile;

import dev.preflight.inspection.MerchantContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a site offers beyond one-time payments; the rules about a missing one are SKIPPED. */
public enum Capability {
  SUBSCRIPTIONS(MerchantContext.SUBSCRIPTIONS),
  PARTIAL_CANCEL(MerchantContext.PARTIAL_CANCEL),
  MOBILE(MerchantContext.MOBILE),
  BUYER_CANCEL(MerchantContext.BUYER_CANCEL),
  ADMIN_CANCEL(MerchantContext.ADMIN_CANCEL);

  private final String key;

  Capability(String key) {
    this.key = key;
  }

  /** The name in YAML and in {@link MerchantContext}: {@code subscriptions}, … */
  public String key() {
    return key;
  }

  public static Optional<Capability> byKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Capability::key).toList();
  }
}
