package dev.preflight.client;

/**
 * A payment to put straight into a tenant's books ({@code POST /__sim/payments}), as if a buyer had
 * paid through the Naver Pay window: start with {@link #paid(String, long)}.
 *
 * @param status {@code paid}, {@code ready}, {@code failed} or {@code cancelled}
 * @param customerUid the billing key's customer_uid, for a payment made with one (may be null)
 * @param pgProvider the PG it went through, {@code pg_provider} (null: {@code naverpay})
 */
public record PaymentSeed(
    String merchantUid,
    long amount,
    String status,
    String name,
    String buyerName,
    String buyerTel,
    String buyerEmail,
    String customerUid,
    String pgProvider) {

  /** A paid payment of {@code amount} won for the merchant's order. */
  public static PaymentSeed paid(String merchantUid, long amount) {
    return new PaymentSeed(merchantUid, amount, "paid", null, null, null, null, null, null);
  }

  public PaymentSeed withStatus(String value) {
    return new PaymentSeed(
        merchantUid, amount, value, name, buyerName, buyerTel, buyerEmail, customerUid, pgProvider);
  }

  /** The order name the payment carries. */
  public PaymentSeed named(String value) {
    return new PaymentSeed(
        merchantUid,
        amount,
        status,
        value,
        buyerName,
        buyerTel,
        buyerEmail,
        customerUid,
        pgProvider);
  }

  public PaymentSeed buyer(String buyerNameValue, String buyerTelValue, String buyerEmailValue) {
    return new PaymentSeed(
        merchantUid,
        amount,
        status,
        name,
        buyerNameValue,
        buyerTelValue,
        buyerEmailValue,
        customerUid,
        pgProvider);
  }

  public PaymentSeed withCustomerUid(String value) {
    return new PaymentSeed(
        merchantUid, amount, status, name, buyerName, buyerTel, buyerEmail, value, pgProvider);
  }

  /** The PG the payment went through, such as {@code naverpay}. */
  public PaymentSeed throughPg(String value) {
    return new PaymentSeed(
        merchantUid, amount, status, name, buyerName, buyerTel, buyerEmail, customerUid, value);
  }
}
