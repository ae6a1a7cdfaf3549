package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.LedgerException;
import dev.preflight.simulator.ledger.Prepared;
import dev.preflight.simulator.ledger.Refusal;

/** Pre-registering the amount of a merchant_uid: {@code /payments/prepare}. */
public final class PrepareApi {
  private static final int MAX_MERCHANT_UID = 40;

  /** {@code POST /payments/prepare}. */
  public Reply register(ApiRequest request) {
    return Reply.ok(payload(request.ledger().prepare(read(request))));
  }

  /** {@code PUT /payments/prepare}: changes an amount already registered. */
  public Reply update(ApiRequest request) {
    return Reply.ok(payload(request.ledger().updatePrepared(read(request))));
  }

  /** {@code GET /payments/prepare/{merchant_uid}}. */
  public Reply get(ApiRequest request) {
    return request
        .ledger()
        .prepared(request.path("merchant_uid"))
        .map(prepared -> Reply.ok(payload(prepared)))
        .orElseThrow(() -> new LedgerException(Refusal.PREPARE_NOT_FOUND, null));
  }

  private static Prepared read(ApiRequest request) {
    Params p = request.params();
    String merchantUid = p.requiredText("merchant_uid");
    if (merchantUid.length() > MAX_MERCHANT_UID) {
      throw ApiException.badParameter(
          "merchant_uid는 최대 " + MAX_MERCHANT_UID + "자입니다. (받은 길이: " + merchantUid.length() + ")");
    }
    return new Prepared(merchantUid, p.positiveAmount("amount"), p.text("currency"));
  }

  private static JsonPayload payload(Prepared prepared) {
    return out -> {
      out.writeStartObject();
      out.writeNumberField("amount", prepared.amount());
      out.writeStringField("currency", prepared.currency());
      out.writeStringField("merchant_uid", prepared.merchantUid());
      out.writeEndObject();
    };
  }
}
