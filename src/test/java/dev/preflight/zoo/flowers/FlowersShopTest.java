package dev.preflight.zoo.flowers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A smoke test of 꽃길 플라워 without a gateway: switches, the cart, and the result page's handling of
 * Naver's message (the paths that need no lookup). The payment flows are FlowersZooIT's, through
 * check.
 */
class FlowersShopTest {
  private static final String LIMIT =
      "결제 한도를 초과하였습니다.\n\"월 한도\" & <b>일 한도</b>를 확인해주세요. (Naver Pay limit)";

  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  @Test
  void knowsItsSwitchesAndRefusesOthers() {
    assertThat(FlowersShop.violationNames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
    assertThatThrownBy(() -> FlowersShop.start("http://127.0.0.1:9", Set.of("no-such-switch")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-switch");
  }

  @Test
  void theCartTakesAProductPostedFromItsPage() throws Exception {
    try (FlowersShop shop = FlowersShop.start("http://127.0.0.1:9", Set.of())) {
      assertThat(get(shop, "/flowers/class-wreath")).contains("장바구니 담기");
      post(shop, "/cart/add", "product=class-wreath&qty=2");
      post(shop, "/cart/coupon", "coupon=welcome3000");
      String cart = get(shop, "/cart");
      assertThat(cart)
          .contains("data-field=\"qty\">2<")
          .contains("107,000원")
          .contains("id=\"go-checkout\"");
    }
  }

  @Test
  void theResultPageShowsNaversMessageAsText() throws Exception {
    try (FlowersShop shop = FlowersShop.start("http://127.0.0.1:9", Set.of())) {
      String page = get(shop, failure("ExceedLimit", LIMIT));
      assertThat(page)
          .contains(
              "<p id=\"pay-message\">결제 한도를 초과하였습니다.\n"
                  + "&quot;월 한도&quot; &amp; &lt;b&gt;일 한도&lt;/b&gt;를 확인해주세요. (Naver Pay limit)</p>")
          .doesNotContain("주문이 접수되었습니다");
    }
  }

  @Test
  void eachMessageSwitchChangesOnlyTheMessage() throws Exception {
    try (FlowersShop prefixed = FlowersShop.start("http://127.0.0.1:9", Set.of("error-prefix"));
        FlowersShop coded = FlowersShop.start("http://127.0.0.1:9", Set.of("error-code-shown"));
        FlowersShop raw = FlowersShop.start("http://127.0.0.1:9", Set.of("error-raw-html"))) {
      assertThat(get(prefixed, failure("userCancel", "결제를 취소하셨습니다.")))
          .contains("<p id=\"pay-message\">결제 실패: 결제를 취소하셨습니다.</p>");
      assertThat(get(coded, failure("userCancel", "결제를 취소하셨습니다.")))
          .contains("<p id=\"pay-message\">userCancel</p>");
      assertThat(get(raw, failure("ExceedLimit", LIMIT))).contains("<b>일 한도</b>");
    }
  }

  private static String failure(String code, String message) {
    return "/pay/return?imp_uid=imp_000000000001&merchant_uid=KG000000-00000aaaa&imp_success=false"
        + "&error_code="
        + code
        + "&error_msg="
        + URLEncoder.encode(message, StandardCharsets.UTF_8);
  }

  private String get(FlowersShop shop, String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(shop.baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    return response.body();
  }

  private void post(FlowersShop shop, String path, String form)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(shop.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("POST %s", path).isEqualTo(303);
  }
}
