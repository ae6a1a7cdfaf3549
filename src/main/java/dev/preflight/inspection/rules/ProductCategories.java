package dev.preflight.inspection.rules;

import java.util.Map;
import java.util.Set;

/**
 * Naver Pay's product categories and inflow referrers (iamport-v1-facts.md §7). The pairs are
 * i'mport's WooCommerce plugin list plus INSURANCE PHONE and PET from iamport-typings: Naver's own
 * table could not be retrieved, so the wider list is used to avoid failing a valid pair.
 */
final class ProductCategories {
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "BOOK", Set.of("GENERAL", "EBOOK", "USED"),
          "MUSIC", Set.of("CD", "LP", "USED"),
          "MOVIE", Set.of("DVD", "BLUERAY", "VOD", "TICKET", "USED"),
          "PRODUCT", Set.of("GENERAL", "CASHABLE", "CLAIM", "DIGITAL_CONTENT", "SUPPORT"),
          "PLAY", Set.of("TICKET"),
          "TRAVEL", Set.of("DOMESTIC", "OVERSEA"),
          "INSURANCE",
              Set.of(
                  "CAR",
                  "DRIVER",
                  "HEALTH",
                  "CHILD",
                  "TRAVELER",
                  "GOLF",
                  "ANNUITY",
                  "ANNUITY_SAVING",
                  "SAVING",
                  "VARIABLE_ANNUITY",
                  "CANCER",
                  "DENTIST",
                  "ACCIDENT",
                  "SEVERANCE",
                  "PHONE",
                  "PET"),
          "FLIGHT", Set.of("TICKET"),
          "FOOD", Set.of("DELIVERY"),
          "ETC", Set.of("ETC"));

  /** The categories whose items may carry {@code startDate}/{@code endDate} (shows, travel, …). */
  static final Set<String> DATED = Set.of("PLAY", "MOVIE", "INSURANCE", "TRAVEL", "FLIGHT");

  static final Set<String> PAY_REFERRERS =
      Set.of(
          "NAVER_BOOK",
          "NAVER_MUSIC",
          "NAVER_SHOPPING",
          "NAVER_MAP",
          "NAVER_PLACE",
          "SEARCH_AD",
          "NAVER_SEARCH",
          "BRAND_SEARCH",
          "PARTNER_DIRECT",
          "ETC");

  private ProductCategories() {}

  static boolean allowed(String categoryType, String categoryId) {
    return ALLOWED.getOrDefault(categoryType, Set.of()).contains(categoryId);
  }
}
