package dev.preflight.simulator.faults;

import dev.preflight.simulator.faults.Fault.Effect;
import dev.preflight.simulator.iamport.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every fault the control API can switch on. The endpoint-bound ones carry the fault ids of the
 * {@code stubs/} WireMock pack, with the same statuses, codes, messages and delays (a test keeps
 * the two in step); the {@code rest-*} ones strike any REST call, narrowed by the caller's path or
 * endpoint filter.
 */
public final class FaultCatalog {
  private static final long THREE_SECONDS = 3_000;
  private static final long THIRTY_SECONDS = 30_000;

  private static final List<Fault> FAULTS =
      List.of(
          Fault.error(
              "token-401",
              Endpoint.TOKEN,
              401,
              -1,
              Messages.BAD_CREDENTIALS,
              "getToken refuses the credentials (HTTP 401)"),
          Fault.error(
              "token-500",
              Endpoint.TOKEN,
              500,
              -1,
              Fault.SERVER_ERROR,
              "getToken fails on the gateway's side (HTTP 500)"),
          Fault.error(
              "payment-lookup-404",
              Endpoint.PAYMENT_LOOKUP,
              404,
              -1,
              Messages.PAYMENT_NOT_FOUND,
              "the payment lookup finds nothing (HTTP 404)"),
          Fault.error(
              "payment-lookup-500",
              Endpoint.PAYMENT_LOOKUP,
              500,
              -1,
              Fault.SERVER_ERROR,
              "the payment lookup fails on the gateway's side (HTTP 500)"),
          Fault.slow(
              "payment-lookup-delay-3s",
              Endpoint.PAYMENT_LOOKUP,
              THREE_SECONDS,
              "the payment lookup answers after 3 seconds"),
          Fault.timeout(
              "payment-lookup-timeout",
              Endpoint.PAYMENT_LOOKUP,
              THIRTY_SECONDS,
              "the payment lookup hangs 30 seconds, then answers 504"),
          Fault.of(
              "payment-lookup-reset",
              Endpoint.PAYMENT_LOOKUP,
              Effect.CONNECTION_RESET,
              "the connection is reset before any answer"),
          Fault.of(
              "payment-lookup-empty",
              Endpoint.PAYMENT_LOOKUP,
              Effect.EMPTY_RESPONSE,
              "the connection closes without any answer"),
          Fault.of(
              "payment-lookup-empty-body",
              Endpoint.PAYMENT_LOOKUP,
              Effect.EMPTY_BODY,
              "HTTP 200 with an empty body"),
          Fault.of(
              "payment-lookup-malformed",
              Endpoint.PAYMENT_LOOKUP,
              Effect.MALFORMED_BODY,
              "HTTP 200 with a body cut off mid-way (not JSON)"),
          Fault.error(
              "cancel-already-cancelled",
              Endpoint.CANCEL,
              200,
              1,
              Messages.ALREADY_FULLY_CANCELLED,
              "the cancel is refused: already fully cancelled"),
          Fault.error(
              "cancel-not-found",
              Endpoint.CANCEL,
              200,
              1,
              Messages.NOTHING_TO_CANCEL,
              "the cancel is refused: no such payment"),
          Fault.error(
              "cancel-500",
              Endpoint.CANCEL,
              500,
              -1,
              Fault.SERVER_ERROR,
              "the cancel fails on the gateway's side (HTTP 500)"),
          Fault.timeout(
              "cancel-timeout",
              Endpoint.CANCEL,
              THIRTY_SECONDS,
              "the cancel hangs 30 seconds, then answers 504 without cancelling"),
          Fault.error(
              "again-unknown-customer",
              Endpoint.AGAIN,
              200,
              -1,
              Messages.UNKNOWN_CUSTOMER,
              "the recurring charge is refused: unknown customer_uid"),
          Fault.error(
              "again-500",
              Endpoint.AGAIN,
              500,
              -1,
              Fault.SERVER_ERROR,
              "the recurring charge fails on the gateway's side (HTTP 500)"),
          Fault.error(
              "schedule-refused",
              Endpoint.SCHEDULE,
              200,
              1,
              Messages.NO_CUSTOMER_FOR_SCHEDULE,
              "booking a scheduled charge is refused: customer not registered"),
          Fault.error(
              "rest-500",
              Endpoint.ANY,
              500,
              -1,
              Fault.SERVER_ERROR,
              "any REST call fails on the gateway's side (HTTP 500)"),
          Fault.slow(
              "rest-delay-3s", Endpoint.ANY, THREE_SECONDS, "any REST call answers after 3 s"),
          Fault.timeout(
              "rest-timeout",
              Endpoint.ANY,
              THIRTY_SECONDS,
              "any REST call hangs 30 seconds, then answers 504 without being carried out"),
          Fault.of(
              "rest-reset",
              Endpoint.ANY,
              Effect.CONNECTION_RESET,
              "the connection is reset before any answer"),
          Fault.of(
              "rest-empty",
              Endpoint.ANY,
              Effect.EMPTY_RESPONSE,
              "the connection closes without any answer"),
          Fault.of("rest-empty-body", Endpoint.ANY, Effect.EMPTY_BODY, "HTTP 200, empty body"),
          Fault.of(
              "rest-malformed",
              Endpoint.ANY,
              Effect.MALFORMED_BODY,
              "HTTP 200 with a body cut off mid-way (not JSON)"));

  private static final Map<String, Fault> BY_ID = index();

  private FaultCatalog() {}

  public static List<Fault> all() {
    return FAULTS;
  }

  public static List<String> ids() {
    return FAULTS.stream().map(Fault::id).toList();
  }

  public static Optional<Fault> byId(String id) {
    return Optional.ofNullable(id == null ? null : BY_ID.get(id));
  }

  private static Map<String, Fault> index() {
    Map<String, Fault> byId = new LinkedHashMap<>();
    for (Fault fault : FAULTS) {
      if (byId.put(fault.id(), fault) != null) {
        throw new IllegalStateException("two faults are named " + fault.id());
      }
    }
    return Map.copyOf(byId);
  }
}
