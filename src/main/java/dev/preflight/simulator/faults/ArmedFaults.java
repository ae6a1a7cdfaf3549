package dev.preflight.simulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The faults switched on through the control API, for every tenant, used up in arming order. */
public final class ArmedFaults {
  private final List<ArmedFault> armed = new ArrayList<>();
  private long nextId = 1;

  public synchronized ArmedFault arm(
      String tenant, Fault fault, Endpoint endpoint, String path, int times) {
    ArmedFault switched = new ArmedFault(nextId++, tenant, fault, endpoint, path, times);
    armed.add(switched);
    return switched;
  }

  /**
   * The first fault armed for this tenant that strikes this call, with one of its times used up;
   * empty when the call goes through untouched.
   */
  public synchronized Optional<ArmedFault> strike(String tenant, String method, String path) {
    if (tenant == null || armed.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < armed.size(); i++) {
      ArmedFault candidate = armed.get(i);
      if (candidate.tenant().equals(tenant) && candidate.strikes(method, path)) {
        ArmedFault used = candidate.used();
        if (used.remaining() > 0) {
          armed.set(i, used);
        } else {
          armed.remove(i);
        }
        return Optional.of(used);
      }
    }
    return Optional.empty();
  }

  public synchronized List<ArmedFault> of(String tenant) {
    return armed.stream().filter(a -> a.tenant().equals(tenant)).toList();
  }

  /** Switches off every fault of a tenant; returns how many there were. */
  public synchronized int clear(String tenant) {
    int before = armed.size();
    armed.removeIf(a -> a.tenant().equals(tenant));
    return before - armed.size();
  }

  public synchronized void clear() {
    armed.clear();
  }
}
