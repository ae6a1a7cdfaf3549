package dev.preflight.simulator.iamport;

/** One i'mport REST operation. */
@FunctionalInterface
public interface ApiHandler {
  Reply handle(ApiRequest request);
}
