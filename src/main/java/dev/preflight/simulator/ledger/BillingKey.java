package dev.preflight.simulator.ledger;

/**
 * A registered billing key (the i'mport "customer"): what {@code again} and {@code schedule}
 * charge.
 *
 * @param productCode the {@code naverProductCode} it was registered for; Naver refuses a second
 *     registration of the same product by the same buyer
 * @param issuedBy the imp_uid of the registration record ({@code customer_uid_usage: issue}), or
 *     null when seeded through the control API
 */
public record BillingKey(
    String customerUid,
    String pgProvider,
    String pgId,
    String customerId,
    Buyer customer,
    String cardName,
    String cardCode,
    String cardNumber,
    String cardType,
    String productCode,
    String issuedBy,
    long inserted,
    long updated) {}
