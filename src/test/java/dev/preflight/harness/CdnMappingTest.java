package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.simulator.Simulator;
import dev.preflight.simulator.SimulatorServer;
import dev.preflight.simulator.SimulatorSettings;
import org.junit.jupiter.api.Test;

class CdnMappingTest {

  @Test
  void mapsTheCdnHostToTheHttpsPortAndTrustsOneKey() {
    CdnMapping mapping = new CdnMapping(8443, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    assertThat(mapping.chromiumArguments())
        .containsExactly(
            "--host-resolver-rules=MAP cdn.iamport.kr 127.0.0.1:8443",
            "--ignore-certificate-errors-spki-list=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  }

  @Test
  void bracketsAnIpv6Address() {
    CdnMapping mapping = new CdnMapping("::1", 8443, "hash");

    assertThat(mapping.chromiumArguments().get(0))
        .isEqualTo("--host-resolver-rules=MAP cdn.iamport.kr [::1]:8443");
  }

  @Test
  void takesTheRunningSimulatorsPortAndCertificate() {
    try (SimulatorServer server =
        new SimulatorServer(new Simulator(SimulatorSettings.forTests().withHttpsPort(0))).start()) {
      CdnMapping mapping = CdnMapping.of(server);

      assertThat(mapping.address()).isEqualTo("127.0.0.1");
      assertThat(mapping.httpsPort()).isEqualTo(server.httpsPort());
      assertThat(mapping.spkiSha256()).isEqualTo(server.certificateSpkiSha256());
    }
  }

  @Test
  void refusesASimulatorWithoutHttps() {
    try (SimulatorServer server =
        new SimulatorServer(new Simulator(SimulatorSettings.forTests())).start()) {
      assertThatThrownBy(() -> CdnMapping.of(server))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("withHttpsPort(0)");
    }
  }

  @Test
  void refusesAMappingWithoutAPortOrHash() {
    assertThatThrownBy(() -> new CdnMapping(SimulatorSettings.NO_HTTPS, "hash"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serve --https-port");
    assertThatThrownBy(() -> new CdnMapping(8443, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SPKI");
  }
}
