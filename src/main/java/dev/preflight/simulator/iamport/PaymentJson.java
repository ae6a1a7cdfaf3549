package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.preflight.simulator.ledger.CancelEntry;
import dev.preflight.simulator.ledger.Payment;
import java.io.IOException;
import java.util.List;

/**
 * Writes a payment as i'mport's {@code PaymentAnnotation}: every key present, nulls where the
 * gateway has nulls, 0 for a {@code *_at} that does not apply, keys in alphabetical order as the
 * gateway sends them.
 */
public final class PaymentJson {
  private PaymentJson() {}

  public static JsonPayload of(Payment payment) {
    return out -> write(out, payment);
  }

  public static JsonPayload list(List<Payment> payments) {
    return out -> writeList(out, payments);
  }

  static void writeList(JsonGenerator out, List<Payment> payments) throws IOException {
    out.writeStartArray();
    for (Payment payment : payments) {
      write(out, payment);
    }
    out.writeEndArray();
  }

  public static void write(JsonGenerator out, Payment p) throws IOException {
    out.writeStartObject();
    fields(out, p);
    out.writeEndObject();
  }

  /**
   * The payment object with the tenant it belongs to first, for the control API's listings, which
   * may hold several tenants' payments.
   */
  public static void writeOfTenant(JsonGenerator out, String tenant, Payment p) throws IOException {
    out.writeStartObject();
    out.writeStringField("tenant", tenant);
    fields(out, p);
    out.writeEndObject();
  }

  private static void fields(JsonGenerator out, Payment p) throws IOException {
    out.writeNumberField("amount", p.amount());
    out.writeStringField("apply_num", p.applyNum());
    out.writeNullField("bank_code");
    out.writeNullField("bank_name");
    out.writeStringField("buyer_addr", p.buyerAddr());
    out.writeStringField("buyer_email", p.buyerEmail());
    out.writeStringField("buyer_name", p.buyerName());
    out.writeStringField("buyer_postcode", p.buyerPostcode());
    out.writeStringField("buyer_tel", p.buyerTel());
    out.writeNumberField("cancel_amount", p.cancelAmount());
    out.writeArrayFieldStart("cancel_history");
    for (CancelEntry entry : p.cancelHistory()) {
      out.writeStartObject();
      out.writeNumberField("amount", entry.amount());
      out.writeStringField("cancellation_id", entry.cancellationId());
      out.writeNumberField("cancelled_at", entry.cancelledAt());
      out.writeStringField("pg_tid", entry.pgTid());
      out.writeStringField("reason", entry.reason());
      out.writeStringField("receipt_url", entry.receiptUrl());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeStringField("cancel_reason", p.cancelReason());
    out.writeArrayFieldStart("cancel_receipt_urls");
    out.writeEndArray();
    out.writeNumberField("cancelled_at", p.cancelledAt());
    out.writeNullField("card_code");
    out.writeNullField("card_issuer_code");
    out.writeNullField("card_issuer_name");
    out.writeNullField("card_name");
    out.writeNullField("card_number");
    out.writeNullField("card_publisher_code");
    out.writeNullField("card_publisher_name");
    out.writeNumberField("card_quota", 0);
    out.writeNullField("card_type");
    out.writeBooleanField("cash_receipt_issued", false);
    out.writeStringField("channel", p.channel());
    out.writeStringField("currency", p.currency());
    out.writeStringField("custom_data", p.customData());
    out.writeStringField("customer_uid", p.customerUid());
    out.writeStringField("customer_uid_usage", p.customerUidUsage());
    // Deposits come to virtual accounts only; live payments of other methods carry it empty.
    out.writeArrayFieldStart("deposit_history");
    out.writeEndArray();
    out.writeNullField("emb_pg_provider");
    out.writeBooleanField("escrow", p.escrow());
    out.writeStringField("fail_reason", p.failReason());
    out.writeNumberField("failed_at", p.failedAt());
    out.writeStringField("imp_uid", p.impUid());
    out.writeStringField("merchant_uid", p.merchantUid());
    out.writeStringField("name", p.name());
    out.writeNumberField("paid_at", p.paidAt());
    out.writeStringField("pay_method", p.payMethod());
    out.writeStringField("pg_id", p.pgId());
    out.writeStringField("pg_provider", p.pgProvider());
    out.writeStringField("pg_tid", p.pgTid());
    out.writeNullField("promotion");
    out.writeStringField("receipt_url", p.receiptUrl());
    out.writeBooleanField("sandbox", false);
    out.writeNumberField("started_at", p.startedAt());
    out.writeStringField("status", p.status().wireName());
    out.writeStringField("user_agent", p.userAgent());
    out.writeNullField("vbank_code");
    out.writeNumberField("vbank_date", 0);
    out.writeNullField("vbank_holder");
    out.writeNumberField("vbank_issued_at", 0);
    out.writeNullField("vbank_name");
    out.writeNullField("vbank_num");
  }
}
