package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ${name}} is filled once when a run starts; {@code {name}} for each action. Neither touches
 * the other's blanks.
 */
class RunTimeValuesTest {
  private static final String SHOP =
      """
      name: shop with a login
      base_url: ${SHOP_URL}
      tenant:
        user_code: imp12345678
        imp_key: ${IMP_KEY}
        imp_secret: ${IMP_SECRET}
        notification_url: ${SHOP_URL}/iamport/webhook
      login:
        buyer:
          - open: /login
          - type: {selector: "#id", text: "${SHOP_USER}"}
          - type: {selector: "#pw", text: "${SHOP_PASSWORD}"}
          - click: "button[type=submit]"
      products:
        - {id: P-1, name: Pen, price: 1500, category_type: PRODUCT, category_id: GENERAL}
      cart:
        url: ${SHOP_URL}/buy?items={items}
      pay: "#npay"
      result: {selector: ".message", success: ".order-complete"}
      buyer_cancel:
        steps:
          - open: /orders/{merchant_uid}
          - click: "#cancel"
      admin_cancel:
        steps:
          - open: /admin/orders/{merchant_uid}
          - click: "#refund"
      """;

  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "SHOP_URL", "https://shop.example",
          "IMP_KEY", "1234567890",
          "IMP_SECRET", "s3cret",
          "SHOP_USER", "tester",
          "SHOP_PASSWORD", "pa$$word{1}");

  private final MerchantProfile profile = ProfileLoader.parse(SHOP, "shop.yml");

  @Test
  void fillsEveryRunTimeValueAndLeavesTheActionPlaceholders() {
    MerchantProfile resolved = profile.resolve(ENVIRONMENT);

    assertThat(resolved.baseUrl()).isEqualTo("https://shop.example");
    assertThat(resolved.tenant().impKey()).isEqualTo("1234567890");
    assertThat(resolved.tenant().impSecret()).isEqualTo("s3cret");
    assertThat(resolved.tenant().notificationUrl())
        .isEqualTo("https://shop.example/iamport/webhook");
    assertThat(resolved.login().buyer())
        .containsExactly(
            Step.open("/login"),
            Step.type("#id", "tester"),
            Step.type("#pw", "pa$$word{1}"),
            Step.click("button[type=submit]"));
    assertThat(resolved.cart().orElseThrow().url())
        .isEqualTo("https://shop.example/buy?items={items}");
    assertThat(resolved.absolute(resolved.cart().orElseThrow().url(), Device.PC))
        .isEqualTo("https://shop.example/buy?items={items}");
  }

  @Test
  void namesEveryFieldWhoseValueIsMissing() {
    ProfileException refused =
        catchThrowableOfType(
            ProfileException.class,
            () -> profile.resolve(Map.of("SHOP_URL", "https://shop.example", "IMP_KEY", "k")));

    assertThat(refused.problems())
        .extracting(Problem::path)
        .containsExactly(
            "tenant.imp_secret", "login.buyer[1].type.text", "login.buyer[2].type.text");
    assertThat(refused.problems().get(2).message())
        .isEqualTo(
            "no value for ${SHOP_PASSWORD}: the run takes these from the environment, so set the"
                + " environment variable SHOP_PASSWORD");
  }

  @Test
  void saysWhereTheReferenceMerchantsAddressComesFrom() {
    ProfileException refused =
        catchThrowableOfType(
            ProfileException.class, () -> ProfileLoader.reference().resolve(Map.of()));

    assertThat(refused.problems()).hasSize(1);
    assertThat(refused.problems().get(0).path()).isEqualTo("base_url");
    assertThat(refused.problems().get(0).message())
        .startsWith("no value for ${merchant}: it is the reference merchant's address");
  }

  @Test
  void refusesABaseUrlThatIsNoAddressOnceFilled() {
    ProfileException refused =
        catchThrowableOfType(
            ProfileException.class,
            () -> ProfileLoader.reference().resolve(Map.of("merchant", "localhost:8080")));

    assertThat(refused.getMessage())
        .contains("base_url: 'localhost:8080' is not an http(s) address once filled in");
  }

  @Test
  void aSiteIsDrivenOnlyWithEveryValueFilled() {
    assertThatThrownBy(() -> new Site(profile, new RecordingBrowser(), Device.PC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("call MerchantProfile.resolve before driving it");
  }

  @Test
  void keepsTheSecretOutOfLogs() {
    assertThat(profile.resolve(ENVIRONMENT).tenant().toString())
        .contains("impKey=1234567890")
        .contains("impSecret=****")
        .doesNotContain("s3cret");
  }

  @Test
  void fillsActionPlaceholdersAsTextOrEncodedForAnAddress() {
    Map<String, String> values = Map.of("items", "BOOK-1:2,CD-7:1", "coupon", "");

    assertThat(Placeholders.fill("{items}|{coupon}|{amount}|${merchant}", values))
        .isEqualTo("BOOK-1:2,CD-7:1||{amount}|${merchant}");
    assertThat(Placeholders.fillEncoded("/checkout?items={items}&coupon={coupon}", values))
        .isEqualTo("/checkout?items=BOOK-1%3A2%2CCD-7%3A1&coupon=");
    assertThat(Step.open("/orders/{merchant_uid}").fill(Map.of("merchant_uid", "a b/c")))
        .isEqualTo(Step.open("/orders/a%20b%2Fc"));
    assertThat(Step.type("#q", "{merchant_uid}").fill(Map.of("merchant_uid", "a b/c")))
        .isEqualTo(Step.type("#q", "a b/c"));
    assertThat(Placeholders.actionNames("${merchant}/x/{merchant_uid}"))
        .containsExactly("merchant_uid");
    assertThat(Placeholders.runNames("${merchant}/x/{merchant_uid}")).containsExactly("merchant");
  }

  @Test
  void appendsPathsToASiteUnderAPath() {
    MerchantProfile underPath =
        ProfileLoader.reference().resolve(Map.of("merchant", "https://host.example/store/"));

    assertThat(underPath.absolute("/checkout", Device.PC))
        .isEqualTo("https://host.example/store/checkout");
    assertThat(underPath.absolute("https://other.example/x", Device.PC))
        .isEqualTo("https://other.example/x");
  }

  @Test
  void aMobileSiteOfItsOwnServesTheMobileDevice() {
    String yaml =
        SHOP.replace(
            "login:",
            "capabilities: [mobile]\ndevice:\n  mobile:\n    base_url: https://m.shop.example\nlogin:");
    MerchantProfile resolved = ProfileLoader.parse(yaml, "shop.yml").resolve(ENVIRONMENT);

    assertThat(resolved.absolute("/orders", Device.MOBILE))
        .isEqualTo("https://m.shop.example/orders");
    assertThat(resolved.absolute("/orders", Device.PC)).isEqualTo("https://shop.example/orders");
    assertThat(resolved.mobile().emulate()).isEqualTo(MobileDevice.DEFAULT_DEVICE);
  }
}
