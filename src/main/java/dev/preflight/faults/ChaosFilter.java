package dev.preflight.faults;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts {@link Chaos} into the front: a call it picks gets {@code X-Preflight-Fault: <id>}, exactly
 * as a client would select the fault, so the pack's own mapping answers it. Only the pack's
 * header-selected, scenario-free fault mappings are candidates, tried against the call itself.
 */
final class ChaosFilter implements StubRequestFilterV2 {
  static final String CHAOS_HEADER = "X-Preflight-Chaos";

  private final Chaos chaos;
  private volatile List<StubMapping> candidates = List.of();

  ChaosFilter(Chaos chaos) {
    this.chaos = chaos;
  }

  /** Takes the candidates from the stubs the front serves, once it has loaded them. */
  void choosingFrom(List<StubMapping> stubs) {
    candidates =
        stubs.stream()
            .filter(stub -> stub.getMetadata() != null)
            .filter(stub -> stub.getMetadata().getString(StubPack.FAULT, null) != null)
            .filter(stub -> "header".equals(stub.getMetadata().getString(StubPack.SELECTED_BY, "")))
            .filter(stub -> !stub.isInScenario())
            .sorted(Comparator.comparing(stub -> stub.getMetadata().getString(StubPack.FAULT)))
            .toList();
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    if (request.containsHeader(FaultFront.FAULT_HEADER)
        || request.queryParameter(FaultFront.FAULT_QUERY).isPresent()) {
      return RequestFilterAction.continueWith(request);
    }
    List<String> applicable =
        candidates.stream()
            .filter(
                stub -> stub.getRequest().match(selecting(request, faultOf(stub))).isExactMatch())
            .map(ChaosFilter::faultOf)
            .toList();
    Optional<String> fault = chaos.draw(applicable);
    if (fault.isEmpty()) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.continueWith(
        RequestWrapper.create()
            .addHeader(FaultFront.FAULT_HEADER, fault.get())
            .addHeader(CHAOS_HEADER, Long.toString(chaos.seed()))
            .wrap(request));
  }

  private static Request selecting(Request request, String fault) {
    return RequestWrapper.create().addHeader(FaultFront.FAULT_HEADER, fault).wrap(request);
  }

  private static String faultOf(StubMapping stub) {
    return stub.getMetadata().getString(StubPack.FAULT);
  }

  @Override
  public String getName() {
    return "preflight-chaos";
  }
}
