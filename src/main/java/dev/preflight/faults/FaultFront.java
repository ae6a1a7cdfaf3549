package dev.preflight.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.preflight.simulator.SimulatorServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An embedded WireMock in front of the simulator ({@code serve --faults DIR}): a call that selects
 * a fault of the pack ({@code X-Preflight-Fault: <id>} or {@code ?preflight_fault=<id>}, or one
 * picked by seeded {@link Chaos}) gets that fault; every other call is proxied to the simulator
 * unchanged. Fault answers are journaled in the simulator's journal as {@code fault} entries.
 */
public final class FaultFront implements AutoCloseable {
  public static final String FAULT_HEADER = "X-Preflight-Fault";
  public static final String FAULT_QUERY = "preflight_fault";

  /** Below every mapping of the pack (they use 1 to 9), so the pack always answers first. */
  private static final int PROXY_PRIORITY = 10;

  private final WireMockServer server;
  private final StubPack pack;
  private final String host;
  private final Optional<Chaos> chaos;

  private FaultFront(WireMockServer server, StubPack pack, String host, Optional<Chaos> chaos) {
    this.server = server;
    this.pack = pack;
    this.host = host;
    this.chaos = chaos;
  }

  /**
   * Starts the front on {@code host:port} (0: any free port) before a running simulator; with a
   * chaos, it also fails calls at random, reproducibly.
   */
  public static FaultFront start(
      StubPack pack, SimulatorServer simulator, String host, int port, Optional<Chaos> chaos) {
    List<Extension> extensions = new ArrayList<>();
    extensions.add(new FrontJournal(simulator.simulator()));
    ChaosFilter chaosFilter = chaos.map(ChaosFilter::new).orElse(null);
    if (chaosFilter != null) {
      extensions.add(chaosFilter);
    }
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .port(port)
            .bindAddress(host)
            .jettyAcceptors(1)
            .usingFilesUnderDirectory(pack.root().toString())
            .mappingSource(new PackMappings(pack.inFrontOf(simulator.baseUrl())))
            // HTTP/1.1 only, as the simulator: a client asking for h2c must not get it here alone.
            .http2PlainDisabled(true)
            .gzipDisabled(true)
            .stubCorsEnabled(false)
            .maxRequestJournalEntries(1000)
            .notifier(new FrontLog())
            .extensions(extensions.toArray(Extension[]::new));
    WireMockServer server = new WireMockServer(options);
    server.start();
    server.stubFor(
        any(anyUrl())
            .atPriority(PROXY_PRIORITY)
            .willReturn(aResponse().proxiedFrom(simulator.baseUrl())));
    if (chaosFilter != null) {
      chaosFilter.choosingFrom(server.getStubMappings());
    }
    return new FaultFront(server, pack, host, chaos);
  }

  public int port() {
    return server.port();
  }

  /** Where a merchant's server sends its REST calls to go through the front. */
  public String baseUrl() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port();
  }

  public List<String> faultIds() {
    return pack.faultIds();
  }

  public Optional<Chaos> chaos() {
    return chaos;
  }

  @Override
  public void close() {
    server.stop();
  }

  /** The pack's mappings as the front serves them; it never writes back to the pack. */
  private static final class PackMappings implements MappingsSource {
    private final List<String> mappings;

    PackMappings(List<String> mappings) {
      this.mappings = mappings;
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
      mappings.forEach(json -> stubMappings.addMapping(StubMapping.buildFrom(json)));
    }

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @Override
    public void remove(StubMapping stubMapping) {}

    @Override
    public void removeAll() {}
  }
}
