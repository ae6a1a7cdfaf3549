package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.preflight.simulator.ledger.BillingKey;
import java.io.IOException;
import java.util.List;

/** Writes a billing key as i'mport's {@code CustomerAnnotation}. */
public final class CustomerJson {
  private CustomerJson() {}

  public static JsonPayload of(BillingKey key) {
    return out -> write(out, key);
  }

  public static JsonPayload list(List<BillingKey> keys) {
    return out -> {
      out.writeStartArray();
      for (BillingKey key : keys) {
        write(out, key);
      }
      out.writeEndArray();
    };
  }

  static void write(JsonGenerator out, BillingKey k) throws IOException {
    out.writeStartObject();
    out.writeStringField("card_code", k.cardCode());
    out.writeNullField("card_issuer_code");
    out.writeNullField("card_issuer_name");
    out.writeStringField("card_name", k.cardName());
    out.writeStringField("card_number", k.cardNumber());
    out.writeNullField("card_publisher_code");
    out.writeNullField("card_publisher_name");
    out.writeStringField("card_type", k.cardType());
    out.writeStringField("customer_addr", k.customer().addr());
    out.writeStringField("customer_email", k.customer().email());
    out.writeStringField("customer_id", k.customerId());
    out.writeStringField("customer_name", k.customer().name());
    out.writeStringField("customer_postcode", k.customer().postcode());
    out.writeStringField("customer_tel", k.customer().tel());
    out.writeStringField("customer_uid", k.customerUid());
    out.writeNumberField("inserted", k.inserted());
    out.writeStringField("pg_id", k.pgId());
    out.writeStringField("pg_provider", k.pgProvider());
    out.writeBooleanField("sandbox", false);
    out.writeNumberField("updated", k.updated());
    out.writeEndObject();
  }
}
