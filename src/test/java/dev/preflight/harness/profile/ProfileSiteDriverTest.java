package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the YAML driver does in the browser for each service, read from a recording browser. */
class ProfileSiteDriverTest {
  private static final String SHOP = "http://127.0.0.1:8123";
  private final ProfileSiteDriver driver = new ProfileSiteDriver();
  private final RecordingBrowser browser = new RecordingBrowser();

  private Site reference() {
    return new Site(
        ProfileLoader.reference().resolve(Map.of("merchant", SHOP)), browser, Device.PC);
  }

  private Site stepsShop() {
    String yaml =
        """
        name: steps shop
        base_url: https://shop.example
        login:
          buyer:
            - open: /login
            - type: {selector: "#id", text: buyer}
        products:
          - {id: P-1, name: Pen, price: 1500, category_type: PRODUCT, category_id: GENERAL}
        cart:
          add_item:
            - open: /products/{product}
            - select: {selector: "select[name=qty]", value: "{count}"}
            - click: ".add-to-cart"
          steps:
            - open: /cart
            - type: {selector: "#coupon", text: "{coupon}"}
            - click: "#checkout"
        pay:
          selector: "#npay"
          before:
            - click: "#agree"
        result:
          dialogs: true
          success: {selector: "h1.done", text: 주문완료}
        buyer_cancel:
          steps:
            - open: /orders/{merchant_uid}
            - click: "#cancel"
            - wait_for: ".cancelled"
        admin_cancel:
          steps:
            - open: /admin/orders/{merchant_uid}
            - click: "#refund"
        """;
    return new Site(ProfileLoader.parse(yaml, "steps.yml"), browser, Device.PC);
  }

  @Test
  void opensTheReferenceCartWithOneAddress() {
    driver.openCart(reference(), CartContents.of("BOOK-1:2,CD-7:1").withCoupon("WELCOME3000"));

    assertThat(browser.actions)
        .containsExactly(
            "open " + SHOP + "/checkout?items=BOOK-1%3A2%2CCD-7%3A1&coupon=WELCOME3000");
  }

  @Test
  void fillsACartItemByItemThenChecksOut() {
    driver.openCart(stepsShop(), CartContents.of("P-1:2,P-2").withCoupon("HELLO"));

    assertThat(browser.actions)
        .containsExactly(
            "open https://shop.example/products/P-1",
            "select select[name=qty] <- 2",
            "click .add-to-cart",
            "open https://shop.example/products/P-2",
            "select select[name=qty] <- 1",
            "click .add-to-cart",
            "open https://shop.example/cart",
            "type #coupon <- HELLO",
            "click #checkout");
  }

  @Test
  void refusesAnAmountForACartOfProducts() {
    assertThatThrownBy(() -> driver.openCart(reference(), CartContents.ofAmount(14000)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("takes products, not an amount");
  }

  @Test
  void logsInAndDoesWhatComesBeforePaying() {
    Site site = stepsShop();
    driver.logInAsBuyer(site);
    driver.logInAsAdmin(site);
    driver.pay(site);

    assertThat(browser.actions)
        .containsExactly(
            "open https://shop.example/login", "type #id <- buyer", "click #agree", "click #npay");
  }

  @Test
  void readsACompletedOrder() {
    browser.showsLater("#order-status[data-status=paid]", "주문이 완료되었습니다.", 3);

    assertThat(driver.readResult(reference()))
        .isEqualTo(new ShownResult(ShownResult.Kind.COMPLETED, "주문이 완료되었습니다."));
  }

  @Test
  void readsAMessageInTheResultElement() {
    browser.shows("#result", "").showsLater("#result", "잔액이 부족합니다.", 2);

    assertThat(driver.readResult(reference()))
        .isEqualTo(new ShownResult(ShownResult.Kind.MESSAGE, "잔액이 부족합니다."));
  }

  @Test
  void aSuccessMarkDrawnWithAToastBetweenTwoReadsIsTheSuccess() {
    browser
        .showsAfterReads("#order-status[data-status=paid]", "주문이 완료되었습니다.", 1)
        .shows("#result", "결제가 완료되었습니다.");

    assertThat(driver.readResult(reference()))
        .isEqualTo(new ShownResult(ShownResult.Kind.COMPLETED, "주문이 완료되었습니다."));
  }

  @Test
  void takesADialogFollowedByTheOrderPageForTheOrderPage() {
    browser.alerts("결제가 완료되었습니다").shows("h1.done", "주문완료");

    assertThat(driver.readResult(stepsShop()))
        .isEqualTo(new ShownResult(ShownResult.Kind.COMPLETED, "주문완료"));
  }

  @Test
  void readsADialogWithNothingAfterItAsTheResult() {
    browser.alerts("사용자가 결제를 취소하셨습니다");

    assertThat(driver.readResult(stepsShop()))
        .isEqualTo(new ShownResult(ShownResult.Kind.DIALOG, "사용자가 결제를 취소하셨습니다"));
  }

  @Test
  void aSuccessMarkWithoutItsTextIsNoSuccess() {
    Site site = stepsShop();
    browser.shows("h1.done", "결제 대기");

    assertThatThrownBy(() -> driver.readResult(site))
        .hasMessageContaining("the payment's result: h1.done, or a dialog");
  }

  @Test
  void cancelsAsTheBuyerInTheOrdersRowAndWaitsForTheNotice() {
    driver.buyerCancel(reference(), PaidOrder.of("order-7"));

    assertThat(browser.actions)
        .containsExactly(
            "open " + SHOP + "/orders",
            "click tr[data-order='order-7'] button[data-action=buyer-cancel]",
            "wait for #notice");
  }

  @Test
  void cancelsFullyOrPartlyFromTheBackOffice() {
    Site site = reference();
    driver.adminCancel(site, PaidOrder.of("order-7"), null);
    driver.adminCancel(site, PaidOrder.of("order-7"), 5000L);

    assertThat(browser.actions)
        .containsExactly(
            "open " + SHOP + "/admin/orders",
            "click tr[data-order='order-7'] button[data-action=admin-cancel]",
            "wait for #notice",
            "open " + SHOP + "/admin/orders",
            "type tr[data-order='order-7'] input[data-field=partial-amount] <- 5000",
            "click tr[data-order='order-7'] button[data-action=admin-partial-cancel]",
            "wait for #notice");
  }

  @Test
  void saysWhichSectionAServiceLacks() {
    assertThatThrownBy(() -> driver.adminCancel(stepsShop(), PaidOrder.of("order-7"), 5000L))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("profile steps shop has no admin_partial_cancel; describe it in the profile");
    assertThatThrownBy(() -> driver.signUpForSubscription(stepsShop()))
        .hasMessageContaining("has no subscription");
  }

  @Test
  void signsUpForTheSubscriptionReadsItAndCancelsIt() {
    Site site = reference();
    browser.shows("#subscription-status[data-status=active]", "구독 중입니다.");

    driver.signUpForSubscription(site);
    ShownResult shown = driver.readSubscriptionResult(site);
    driver.cancelSubscription(site, "customer-3");

    assertThat(shown).isEqualTo(new ShownResult(ShownResult.Kind.COMPLETED, "구독 중입니다."));
    assertThat(browser.actions.get(0))
        .matches("open " + SHOP + "/subscription\\?buyer_tel=010-\\d{8}");
    assertThat(browser.actions.subList(1, browser.actions.size()))
        .containsExactly(
            "click button[data-action=subscribe]",
            "open " + SHOP + "/subscription/status?customer_uid=customer-3",
            "click button[data-action=unsubscribe]",
            "wait for #subscription-status[data-status=cancelled]");
  }

  @Test
  void eachSignUpPlaysANewBuyer() {
    Site site = reference();

    driver.signUpForSubscription(site);
    driver.signUpForSubscription(site);

    assertThat(browser.actions.get(0)).isNotEqualTo(browser.actions.get(2));
  }

  @Test
  void aDriversGapIsSaidAsSuch() {
    MerchantProfile bare =
        ProfileLoader.parse(
            "name: odd shop\nbase_url: https://odd.example\ndriver: com.example.OddShopDriver\n",
            "odd.yml");
    Site site = new Site(bare, browser, Device.PC);
    SiteDriver partial = new ProfileSiteDriver() {};

    assertThatThrownBy(() -> partial.pay(site))
        .hasMessageStartingWith("profile odd shop has no pay and ")
        .hasMessageEndingWith(" does not override pay");
  }
}
