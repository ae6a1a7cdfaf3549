package dev.preflight.zoo.beanclub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 빈클럽이 뜨고, 스위치를 알아보고, 페이지에 SDK 주소와 브라우저 스위치를 넣는지. */
class BeanClubShopTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesThePageWithTheGatewaysSdkAndTheBrowserSwitches() throws Exception {
    try (BeanClubShop shop =
        BeanClubShop.start(
            "http://127.0.0.1:9", Set.of("error-code-in-dialog", "cancel-without-reason"))) {
      String page = get(shop.baseUrl() + "/");
      assertThat(page)
          .contains("<script src=\"http://127.0.0.1:9/v1/iamport.js\"></script>")
          .contains("\"userCode\":\"imp27182818\"")
          .contains("\"quirks\":[\"error-code-in-dialog\"]");
      assertThat(get(shop.baseUrl() + "/assets/app.js")).contains("hashchange");
      assertThat(get(shop.baseUrl() + "/api/products")).contains("SAMPLE-50");
    }
  }

  @Test
  void namesItsSwitchesAndRefusesUnknownOnes() {
    assertThat(BeanClubShop.violationNames())
        .hasSizeGreaterThanOrEqualTo(10)
        .contains("optimistic-toast");
    assertThatThrownBy(() -> BeanClubShop.start("http://127.0.0.1:9", Set.of("no-such-mistake")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-mistake");
  }

  private String get(String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
