package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.preflight.inspection.MerchantContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference merchant's profile loads whole and says what the reference merchant does. */
class ReferenceProfileTest {
  private final MerchantProfile profile = ProfileLoader.reference();

  @Test
  void namesTheMerchantAndLeavesItsAddressToTheRun() {
    assertThat(profile.name()).isEqualTo("reference-merchant");
    assertThat(profile.baseUrl()).isEqualTo("${merchant}");
    assertThat(profile.isResolved()).isFalse();
    assertThat(profile.driver()).isEmpty();
  }

  @Test
  void usesTheSimulatorsDefaultTenantWithAStandardContract() {
    assertThat(profile.tenant()).isEqualTo(GatewayAccount.simulatorDefault());
    assertThat(profile.contract()).isEqualTo(ContractFlags.STANDARD);
    assertThat(profile.capabilities())
        .containsExactly(
            Capability.SUBSCRIPTIONS,
            Capability.PARTIAL_CANCEL,
            Capability.MOBILE,
            Capability.BUYER_CANCEL,
            Capability.ADMIN_CANCEL);
    assertThat(profile.mobile()).isEqualTo(MobileDevice.DEFAULT);
    assertThat(profile.login()).isEqualTo(Login.NONE);
  }

  @Test
  void givesTheRulesTheMerchantsContext() {
    MerchantContext context = profile.context();

    assertThat(context.capabilities())
        .containsExactlyInAnyOrder(
            MerchantContext.SUBSCRIPTIONS,
            MerchantContext.PARTIAL_CANCEL,
            MerchantContext.MOBILE,
            MerchantContext.BUYER_CANCEL,
            MerchantContext.ADMIN_CANCEL);
    assertThat(context.minimumAmount()).isEqualTo(100);
    assertThat(context.channelCount()).isEqualTo(1);
    assertThat(context.highRisk() || context.marketplace() || context.escrow()).isFalse();
  }

  @Test
  void listsTheCatalogueAndACartUnderTheMinimum() {
    assertThat(profile.products())
        .extracting(Product::id, Product::price)
        .containsExactly(
            tuple("BOOK-1", 14000L),
            tuple("BOOK-2", 32000L),
            tuple("EBOOK-3", 9900L),
            tuple("CD-7", 16500L),
            tuple("STICKER-1", 50L));
    assertThat(profile.product("CD-7"))
        .contains(new Product("CD-7", "이소라 7집", 16500, "MUSIC", "CD"));
    assertThat(profile.coupons())
        .containsExactly(new Coupon("WELCOME3000", 3000), new Coupon("FRIEND13950", 13950));
    assertThat(profile.underMinimum()).contains(CartContents.of("STICKER-1:1"));
    assertThat(profile.totalOf(profile.underMinimum().orElseThrow())).hasValue(50);
    assertThat(profile.totalOf(CartContents.of("BOOK-1:1").withCoupon("FRIEND13950"))).hasValue(50);
  }

  @Test
  void fillsTheCartWithOneAddress() {
    Cart cart = profile.cart().orElseThrow();

    assertThat(cart.url()).isEqualTo("/checkout?items={items}&coupon={coupon}");
    assertThat(cart.takesProducts()).isTrue();
    assertThat(cart.takesAmount()).isFalse();
  }

  @Test
  void paysWithTheNaverPayButtonAndReadsTheResultElement() {
    assertThat(profile.pay()).contains(PayControl.of("#naverpay"));
    ResultDisplay result = profile.result().orElseThrow();
    assertThat(result.selector()).isEqualTo("#result");
    assertThat(result.dialogs()).isFalse();
    assertThat(result.success())
        .isEqualTo(
            new ResultDisplay.Success("#order-status[data-status=paid]", "주문이 완료되었습니다", null));
  }

  @Test
  void cancelsFromTheBuyersOrdersAndTheBackOffice() {
    Map<String, String> order = Map.of("merchant_uid", "order-7");

    assertThat(profile.buyerCancel().orElseThrow().stepsFor(order))
        .containsExactly(
            Step.open("/orders"),
            Step.click("tr[data-order='order-7'] button[data-action=buyer-cancel]"));
    assertThat(profile.adminCancel().orElseThrow().stepsFor(order))
        .containsExactly(
            Step.open("/admin/orders"),
            Step.click("tr[data-order='order-7'] button[data-action=admin-cancel]"));
    assertThat(
            profile
                .adminPartialCancel()
                .orElseThrow()
                .stepsFor(Map.of("merchant_uid", "order-7", "amount", "5000")))
        .containsExactly(
            Step.open("/admin/orders"),
            Step.type("tr[data-order='order-7'] input[data-field=partial-amount]", "5000"),
            Step.click("tr[data-order='order-7'] button[data-action=admin-partial-cancel]"));
    assertThat(profile.buyerCancel().orElseThrow().doneFor(order)).contains("#notice");
  }

  @Test
  void signsUpForTheSubscriptionAndCancelsIt() {
    SubscriptionFlow subscription = profile.subscription().orElseThrow();

    assertThat(subscription.signUp())
        .containsExactly(Step.open("/subscription?buyer_tel=010-{unique}"));
    assertThat(subscription.pay()).isEqualTo(PayControl.of("button[data-action=subscribe]"));
    assertThat(subscription.active()).isEqualTo("#subscription-status[data-status=active]");
    assertThat(subscription.cancel().stepsFor(Map.of("customer_uid", "customer 1")))
        .containsExactly(
            Step.open("/subscription/status?customer_uid=customer%201"),
            Step.click("button[data-action=unsubscribe]"));
    assertThat(subscription.cancel().done())
        .isEqualTo("#subscription-status[data-status=cancelled]");
  }

  @Test
  void resolvesToTheAddressTheReferenceMerchantGot() {
    MerchantProfile resolved = profile.resolve(Map.of("merchant", "http://127.0.0.1:41234"));

    assertThat(resolved.isResolved()).isTrue();
    assertThat(resolved.baseUrl()).isEqualTo("http://127.0.0.1:41234");
    assertThat(resolved.absolute("/orders", Device.PC)).isEqualTo("http://127.0.0.1:41234/orders");
    assertThat(resolved.absolute("/orders", Device.MOBILE))
        .isEqualTo("http://127.0.0.1:41234/orders");
    assertThat(resolved.cart()).isEqualTo(profile.cart());
    assertThat(resolved.subscription()).isEqualTo(profile.subscription());
  }
}
