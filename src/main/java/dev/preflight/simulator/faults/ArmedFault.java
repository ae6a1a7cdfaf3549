package dev.preflight.simulator.faults;

/**
 * A fault switched on for one tenant's next calls through the control API.
 *
 * @param tenant the user code whose calls it strikes
 * @param endpoint strike only calls to this endpoint ({@link Endpoint#ANY}: any call)
 * @param path strike only this exact path, or the paths starting with it when it ends in {@code *}
 *     (null: any path)
 * @param remaining how many more matching calls it strikes
 */
public record ArmedFault(
    long id, String tenant, Fault fault, Endpoint endpoint, String path, int remaining) {

  boolean strikes(String method, String requestPath) {
    return fault.endpoint().covers(method, requestPath)
        && endpoint.covers(method, requestPath)
        && (path == null
            || (path.endsWith("*")
                ? requestPath.startsWith(path.substring(0, path.length() - 1))
                : requestPath.equals(path)));
  }

  ArmedFault used() {
    return new ArmedFault(id, tenant, fault, endpoint, path, remaining - 1);
  }
}
