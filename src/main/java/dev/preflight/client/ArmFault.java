package dev.preflight.client;

/**
 * A fault to switch on for a tenant's next calls ({@code POST /__sim/faults}), so the merchant's
 * server-side call fails without touching that server.
 *
 * <pre>
 * control.arm(ArmFault.named("rest-500").onEndpoint("again"));
 * </pre>
 *
 * @param fault a fault id ({@code GET /__sim/faults/catalog} lists them)
 * @param times how many matching calls it strikes
 * @param endpoint {@code token}, {@code payment-lookup}, {@code cancel}, {@code again} or {@code
 *     schedule}, to narrow a {@code rest-*} fault (null: the fault's own)
 * @param path strike only this request path, or those starting with it when it ends in {@code *}
 */
public record ArmFault(String fault, int times, String endpoint, String path) {

  public static ArmFault named(String fault) {
    return new ArmFault(fault, 1, null, null);
  }

  public ArmFault times(int value) {
    return new ArmFault(fault, value, endpoint, path);
  }

  public ArmFault onEndpoint(String value) {
    return new ArmFault(fault, times, value, path);
  }

  public ArmFault onPath(String value) {
    return new ArmFault(fault, times, endpoint, value);
  }
}
