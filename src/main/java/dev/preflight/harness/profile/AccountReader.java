package dev.preflight.harness.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what the rules must know about the merchant: the gateway account, the capabilities, the
 * contract, and how it tells a phone.
 */
final class AccountReader {
  private static final Pattern USER_CODE = Pattern.compile("imp\\d{8}");
  private final Reader reader;

  AccountReader(Reader reader) {
    this.reader = reader;
  }

  GatewayAccount tenant(Field field) {
    GatewayAccount account = GatewayAccount.simulatorDefault();
    if (field.absent()
        || !reader.mapping(
            field,
            List.of(
                "user_code",
                "imp_key",
                "imp_secret",
                "minimum_amount",
                "channels",
                "notification_url"))) {
      return account;
    }
    String userCode = reader.text(field.get("user_code"), false, "the user code IMP.init takes");
    if (userCode != null
        && Placeholders.runNames(userCode).isEmpty()
        && !USER_CODE.matcher(userCode).matches()) {
      reader.problem(
          field.get("user_code").path(),
          "'" + userCode + "' is not a user code; write imp and 8 digits, such as imp00000000");
    }
    String key = reader.text(field.get("imp_key"), false, "the REST API key");
    String secret = reader.text(field.get("imp_secret"), false, "the REST API secret");
    Long minimum = reader.won(field.get("minimum_amount"), false, 1);
    List<String> channels = account.channels();
    if (field.get("channels").present()) {
      channels =
          reader.list(field.get("channels"), true, "channel names, such as naverpay").stream()
              .map(c -> reader.text(c, true, "a channel name, such as naverpay"))
              .filter(Objects::nonNull)
              .toList();
    }
    String notificationUrl =
        reader.text(field.get("notification_url"), false, "the site's webhook address");
    if (notificationUrl != null
        && Placeholders.runNames(notificationUrl).isEmpty()
        && !Addresses.isAbsoluteHttp(notificationUrl)) {
      reader.problem(
          field.get("notification_url").path(),
          "'"
              + notificationUrl
              + "' is not an http(s) address; give the webhook's, such as"
              + " https://shop.example/iamport/webhook");
    }
    return new GatewayAccount(
        userCode == null ? account.userCode() : userCode,
        key == null ? account.impKey() : key,
        secret == null ? account.impSecret() : secret,
        minimum == null ? account.minimumAmount() : minimum,
        channels,
        notificationUrl);
  }

  Set<Capability> capabilities(Field field) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    for (Field entry : reader.list(field, false, String.join(", ", Capability.keys()))) {
      String key =
          reader.text(entry, true, "a capability: " + String.join(", ", Capability.keys()));
      if (key == null) {
        continue;
      }
      Optional<Capability> capability = Capability.byKey(key);
      if (capability.isPresent()) {
        capabilities.add(capability.get());
      } else {
        String hint =
            Suggestions.closest(key, Capability.keys())
                .map(s -> " (did you mean " + s + "?)")
                .orElse("");
        reader.problem(
            entry.path(),
            "unknown capability '"
                + key
                + "'; use one of "
                + String.join(", ", Capability.keys())
                + hint);
      }
    }
    return capabilities;
  }

  ContractFlags contract(Field field) {
    if (field.absent()
        || !reader.mapping(
            field, List.of("high_risk", "marketplace", "completion_date_settlement", "escrow"))) {
      return ContractFlags.STANDARD;
    }
    return new ContractFlags(
        reader.flag(field.get("high_risk")),
        reader.flag(field.get("marketplace")),
        reader.flag(field.get("completion_date_settlement")),
        reader.flag(field.get("escrow")));
  }

  MobileDevice device(Field field, Set<Capability> capabilities, boolean capabilitiesRead) {
    if (field.absent() || !reader.mapping(field, List.of("mobile"))) {
      return MobileDevice.DEFAULT;
    }
    Field mobile = field.get("mobile");
    if (mobile.absent() || !reader.mapping(mobile, List.of("emulate", "user_agent", "base_url"))) {
      return MobileDevice.DEFAULT;
    }
    if (capabilitiesRead && !capabilities.contains(Capability.MOBILE)) {
      reader.problem(
          mobile.path(),
          "is given, but capabilities does not list mobile; add mobile to capabilities, or remove"
              + " device.mobile");
    }
    String emulate = reader.text(mobile.get("emulate"), false, "a Chromium device name");
    String agent = reader.text(mobile.get("user_agent"), false, "a mobile user agent");
    String base = reader.text(mobile.get("base_url"), false, "the mobile site's address");
    if (base != null && Placeholders.runNames(base).isEmpty() && !Addresses.isAbsoluteHttp(base)) {
      reader.problem(
          mobile.get("base_url").path(),
          "'" + base + "' is not an http(s) address; give one such as https://m.shop.example");
    }
    return new MobileDevice(emulate == null ? MobileDevice.DEFAULT_DEVICE : emulate, agent, base);
  }
}
