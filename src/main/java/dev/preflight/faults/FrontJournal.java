package dev.preflight.faults;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.iamport.CallParams;
import dev.preflight.simulator.iamport.PresentedToken;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Tenant;
import dev.preflight.simulator.ledger.Tokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Journals every call the front answers with a fault, as a {@code fault} entry in the simulator's
 * own journal, with the tenant told from the call's token (or getToken's imp_key) as the simulator
 * would. Calls the front proxies are journaled by the simulator itself.
 */
final class FrontJournal implements ServeEventListener {
  private final Simulator simulator;

  FrontJournal(Simulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public void afterMatch(ServeEvent event, Parameters parameters) {
    StubMapping stub = event.getStubMapping();
    Metadata metadata = stub == null ? null : stub.getMetadata();
    String fault = metadata == null ? null : metadata.getString(StubPack.FAULT, null);
    if (fault == null) {
      return;
    }
    LoggedRequest request = event.getRequest();
    URI url = URI.create(request.getUrl());
    ObjectNode params =
        CallParams.fromRaw(url.getRawQuery(), request.getHeader("Content-Type"), body(request));
    ResponseDefinition response = stub.getResponse();
    Metadata expect = metadata.getMetadata("expect", new Metadata());
    ObjectNode detail = JsonNodeFactory.instance.objectNode();
    detail.put("fault", fault);
    detail.put("source", "wiremock");
    detail.put(
        "selected_by",
        request.containsHeader(ChaosFilter.CHAOS_HEADER)
            ? "chaos"
            : metadata.getString(StubPack.SELECTED_BY, "header"));
    detail.put("stub", stub.getName());
    if (response.getFault() != null) {
      detail.put("socket_fault", response.getFault().name());
    }
    if (response.getFixedDelayMilliseconds() != null) {
      detail.put("delay_ms", response.getFixedDelayMilliseconds());
    }
    boolean answersStatus = response.getFault() == null && !response.isProxyResponse();
    simulator
        .journal()
        .record(
            tenant(request, params),
            JournalEntry.FAULT,
            request.getMethod().getName(),
            url.getRawPath(),
            params,
            answersStatus ? response.getStatus() : null,
            answersStatus ? expect.getInt("code", null) : null,
            detail);
  }

  /** The caller's user code, or null when its token (or imp_key) belongs to no tenant. */
  private String tenant(LoggedRequest request, ObjectNode params) {
    String token =
        PresentedToken.of(
            request::getHeader,
            () -> {
              QueryParameter query = request.queryParameter("_token");
              return query.isPresent() ? query.firstValue() : null;
            });
    long now = simulator.clock().now();
    String impKey =
        token == null
            ? params.path("imp_key").asText(null)
            : simulator.tokens().valid(token, now).map(Tokens.Token::impKey).orElse(null);
    return simulator
        .accounts()
        .byImpKey(impKey)
        .map(Account::tenant)
        .map(Tenant::userCode)
        .orElse(null);
  }

  private static String body(LoggedRequest request) {
    byte[] body = request.getBody();
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String getName() {
    return "preflight-front-journal";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }
}
