package dev.preflight.simulator.iamport;

import dev.preflight.simulator.ledger.CancelRequest;
import dev.preflight.simulator.ledger.Payment;
import dev.preflight.simulator.webhook.WebhookDispatcher;
import java.util.List;

/**
 * {@code POST /payments/cancel}. It accepts what the gateway accepts: a cancel without {@code
 * reason} or {@code extra.requester} succeeds (requester defaults to {@code admin}), and the
 * journal keeps what was sent for the inspection to judge.
 */
public final class CancelApi {
  private final WebhookDispatcher webhooks;

  public CancelApi(WebhookDispatcher webhooks) {
    this.webhooks = webhooks;
  }

  public Reply cancel(ApiRequest request) {
    Params p = request.params();
    String impUid = p.text("imp_uid");
    String merchantUid = p.text("merchant_uid");
    if (impUid == null && merchantUid == null) {
      throw ApiException.badParameter(Messages.CANCEL_TARGET_MISSING);
    }
    p.amount("vat_amount");
    String requester = p.object("extra").text("requester");
    CancelRequest cancel =
        new CancelRequest(
            impUid,
            impUid == null ? merchantUid : null,
            p.amount("amount"),
            p.amount("tax_free"),
            p.amount("checksum"),
            p.text("reason"),
            requester == null ? "admin" : requester);
    Boolean enableWebhook = p.flag("enable_webhook");
    Payment after = request.ledger().cancel(cancel, request.now());
    if (Boolean.TRUE.equals(enableWebhook)) {
      webhooks.notify(
          request.tenant(),
          List.of(),
          after.impUid(),
          after.merchantUid(),
          after.status().wireName());
    }
    return Reply.ok(PaymentJson.of(after));
  }
}
