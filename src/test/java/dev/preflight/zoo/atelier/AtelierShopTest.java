package dev.preflight.zoo.atelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shop starts, answers every route with its one page, and keeps buyers out of the API. */
class AtelierShopTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyRouteIsTheSamePageWithTheGatewaysSdkAndTheBrowserSwitches() throws Exception {
    try (AtelierShop shop =
        AtelierShop.start(
            "http://127.0.0.1:9/", Set.of("error-msg-first-sentence", "tamper-not-refunded"))) {
      String home = get(shop.baseUrl() + "/").body();
      assertThat(home)
          .contains("<script src=\"http://127.0.0.1:9/v1/iamport.js\"></script>")
          .contains("\"userCode\":\"imp16180339\"")
          .contains("\"mistakes\":[\"error-msg-first-sentence\"]");
      for (String route :
          new String[] {
            "/shop", "/goods/MUG-01", "/cart", "/orders", "/admin", "/payment/complete?order=x"
          }) {
        assertThat(get(shop.baseUrl() + route).body()).as(route).isEqualTo(home);
      }
      assertThat(get(shop.baseUrl() + "/assets/app.js").body()).contains("pushState", "popstate");
      assertThat(get(shop.baseUrl() + "/api/products").body()).contains("STK-SAMPLE", "PLAY");
    }
  }

  @Test
  void ordersNeedASignedInBuyer() throws Exception {
    try (AtelierShop shop = AtelierShop.start("http://127.0.0.1:9", Set.of())) {
      HttpResponse<String> orders = get(shop.baseUrl() + "/api/my/orders");
      assertThat(orders.statusCode()).isEqualTo(401);
      assertThat(get(shop.baseUrl() + "/api/admin/orders").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void namesItsSwitchesAndRefusesUnknownOnes() {
    assertThat(AtelierShop.violationNames())
        .hasSizeGreaterThanOrEqualTo(8)
        .contains("uid-from-cart", "redirect-plus-in-message");
    assertThatThrownBy(() -> AtelierShop.start("http://127.0.0.1:9", Set.of("no-such-mistake")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-mistake");
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
