package dev.preflight.harness.profile;

import java.util.HashMap;
import java.util.Map;

/**
 * An order the buyer paid for, as the harness knows it from the simulator's journal: what the steps
 * that act on it may name.
 *
 * @param merchantUid the shop's order id, from the page's request_pay
 * @param impUid the gateway's payment id, or null when the window did not report one
 * @param amount the amount paid in won, or null when unknown
 */
public record PaidOrder(String merchantUid, String impUid, Long amount) {

  /** An order known by its merchant_uid alone. */
  public static PaidOrder of(String merchantUid) {
    return new PaidOrder(merchantUid, null, null);
  }

  /**
   * The values for a profile's steps: {@code {merchant_uid}}, {@code {imp_uid}} and {@code
   * {order_amount}} (empty when unknown).
   */
  public Map<String, String> placeholders() {
    Map<String, String> values = new HashMap<>();
    values.put("merchant_uid", merchantUid);
    values.put("imp_uid", impUid == null ? "" : impUid);
    values.put("order_amount", amount == null ? "" : Long.toString(amount));
    return values;
  }
}
