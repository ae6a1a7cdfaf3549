package dev.preflight.merchant;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every page of the shop shares: its i'mport account and client, its books, the defects
 * switched on, and the addresses it and the gateway answer on.
 */
final class Shop {
  final IamportApi api;
  final OrderBook orders = new OrderBook();
  final Subscriptions subscriptions = new Subscriptions();
  final String userCode;
  final long minimumAmount;
  final String sdkUrl;
  private final Set<Defect> defects;
  private volatile String baseUrl;

  Shop(MerchantSettings settings) {
    this.api = new IamportApi(settings.simulatorUrl(), settings.impKey(), settings.impSecret());
    this.userCode = settings.userCode();
    this.minimumAmount = settings.minimumAmount();
    this.sdkUrl = settings.sdkUrl();
    this.defects =
        settings.defects().isEmpty()
            ? EnumSet.noneOf(Defect.class)
            : EnumSet.copyOf(settings.defects());
  }

  boolean has(Defect defect) {
    return defects.contains(defect);
  }

  Set<Defect> defects() {
    return Set.copyOf(defects);
  }

  void baseUrl(String value) {
    baseUrl = value;
  }

  /** An absolute address on this shop, for m_redirect_url and notice_url. */
  String url(String path) {
    return baseUrl + path;
  }
}
