package dev.preflight.zoo.teahouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 다원 찻집이 뜨고, 로그인과 장바구니가 되고, 주문서에 예전 SDK 주소와 스위치가 들어가는지. */
class DawonShopTest {

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  @Test
  void aSignedInBuyerGetsAnOrderSheetWithTheLegacySdkAndTheBrowserSwitches() throws Exception {
    try (DawonShop shop = DawonShop.start("http://127.0.0.1:9", Set.of("prefixed-fail-alert"))) {
      String base = shop.baseUrl();
      assertThat(get(base + "/order/sheet")).contains("id=\"mb_id\"");

      assertThat(post(base + "/member/login", "mb_id=tealover&mb_pw=dawon2024&returnUrl=/"))
          .contains("김다원</strong>님");
      assertThat(get(base + "/goods/view?code=T-101")).contains("<option>1</option>");
      assertThat(post(base + "/cart/add", "code=W-011&qty=2"))
          .contains("백자 다관 &amp; 숙우 세트")
          .contains("64,000원");

      String sheet = get(base + "/order/sheet");
      assertThat(sheet)
          .contains("src=\"http://127.0.0.1:9/js/iamport.payment-1.1.8.js\"")
          .contains("IMP.init(\"imp52817364\");")
          .contains("var DW_BUG = {prefixedFailAlert:true};")
          .contains("id=\"btnNaverPay\"");
      assertThat(get(base + "/js/dawon.js")).contains("네이버페이로 결제하시겠습니까?");
    }
  }

  @Test
  void theServerRefusesAnOrderUnderTheMinimumBeforeAnyGatewayCall() throws Exception {
    try (DawonShop shop = DawonShop.start("http://127.0.0.1:9", Set.of())) {
      String base = shop.baseUrl();
      post(base + "/member/login", "mb_id=tealover&mb_pw=dawon2024&returnUrl=/");
      post(base + "/cart/add", "code=T-900&qty=1");
      assertThat(post(base + "/order/create", ""))
          .isEqualTo("{\"result\":\"fail\",\"message\":\"최소 결제 금액은 100원입니다.\"}");
      assertThat(get(base + "/order/sheet")).doesNotContain("DW_BUG");
    }
  }

  @Test
  void theBackOfficeHasItsOwnLogin() throws Exception {
    try (DawonShop shop = DawonShop.start("http://127.0.0.1:9", Set.of())) {
      String base = shop.baseUrl();
      assertThat(get(base + "/adm/")).contains("id=\"adm_id\"");
      assertThat(post(base + "/adm/login", "adm_id=dawonadmin&adm_pw=teatime%2124"))
          .contains("id=\"admOrderList\"");
    }
  }

  @Test
  void namesItsSwitchesAndRefusesUnknownOnes() {
    assertThat(DawonShop.violationNames()).hasSize(12).contains("merchant-uid-per-cart");
    assertThatThrownBy(() -> DawonShop.start("http://127.0.0.1:9", Set.of("no-such-mistake")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-mistake");
  }

  private String get(String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String post(String url, String form) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
