package dev.preflight.simulator.ledger;

/**
 * A refund request. {@code impUid} wins over {@code merchantUid}. A null or zero amount refunds
 * everything left; a non-null checksum must equal what is left before this refund.
 */
public record CancelRequest(
    String impUid,
    String merchantUid,
    Long amount,
    Long taxFree,
    Long checksum,
    String reason,
    String requester) {

  String target() {
    return impUid != null ? impUid : merchantUid;
  }
}
