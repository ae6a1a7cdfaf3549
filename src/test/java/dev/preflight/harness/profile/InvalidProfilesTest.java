package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid profiles made from the reference profile by one change each: every one is refused with
 * exactly one problem, at the field changed, with the fix.
 */
class InvalidProfilesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<Arguments> brokenProfiles() {
    return Stream.of(
        broken("no name", without("/name"), "name", "missing; give the merchant's name"),
        broken("no base_url", without("/base_url"), "base_url", "missing; give the site's address"),
        broken(
            "base_url not an address",
            with("/base_url", "shop.example"),
            "base_url",
            "'shop.example' is not an http(s) address"),
        broken(
            "tenant.notification_url not an address",
            with("/tenant/notification_url", "shop.example/webhook"),
            "tenant.notification_url",
            "'shop.example/webhook' is not an http(s) address"),
        broken(
            "both cart.url and cart.steps",
            with("/cart/steps", "[{open: /cart}]"),
            "cart",
            "both url and steps are given; give either cart.url or cart.steps"),
        broken(
            "neither cart.url nor cart.steps",
            without("/cart/url"),
            "cart",
            "give either cart.url or cart.steps"),
        broken(
            "cart.url saying nothing to buy",
            with("/cart/url", "/checkout"),
            "cart.url",
            "has neither {items} nor {amount}"),
        broken(
            "cart.url with a placeholder it does not get",
            with("/cart/url", "/checkout?items={items}&order={merchant_uid}"),
            "cart.url",
            "unknown placeholder {merchant_uid} here; this part fills {amount}, {coupon}, {items}"),
        broken(
            "cart.url not an address",
            with("/cart/url", "checkout?items={items}"),
            "cart.url",
            "give a path starting with / (appended to base_url) or an absolute http(s) URL"),
        broken(
            "cart.add_item with cart.url",
            with("/cart/add_item", "[{open: '/product/{product}'}]"),
            "cart.add_item",
            "only goes with cart.steps"),
        broken(
            "empty cart.steps",
            with("/cart", "{steps: []}"),
            "cart.steps",
            "is empty; list steps (open, click, type, select, wait_for)"),
        broken(
            "unknown capability",
            with("/capabilities/0", "subscription"),
            "capabilities[0]",
            "unknown capability 'subscription'; use one of subscriptions, partial_cancel, mobile,"
                + " buyer_cancel, admin_cancel (did you mean subscriptions?)"),
        broken(
            "capabilities not a list",
            with("/capabilities", "{mobile: true}"),
            "capabilities",
            "expected a list of subscriptions, partial_cancel, mobile, buyer_cancel, admin_cancel, got a"
                + " mapping"),
        broken(
            "unknown step kind",
            with("/buyer_cancel/steps/1", "{press: '{order_row} button'}"),
            "buyer_cancel.steps[1].press",
            "unknown step 'press'; use one of open, click, type, select, wait_for"),
        broken(
            "misspelt step kind",
            with("/buyer_cancel/steps/1", "{clik: '{order_row} button'}"),
            "buyer_cancel.steps[1].clik",
            "(did you mean click?)"),
        broken(
            "step doing two things",
            with("/buyer_cancel/steps/1", "{open: /orders, click: '{order_row} button'}"),
            "buyer_cancel.steps[1]",
            "a step does one thing, but this one has open and click"),
        broken(
            "step written as a bare selector",
            with("/buyer_cancel/steps/0", "'#orders'"),
            "buyer_cancel.steps[0]",
            "expected a step such as click: \"#naverpay\""),
        broken(
            "click given a list",
            with("/buyer_cancel/steps/1", "{click: [a, b]}"),
            "buyer_cancel.steps[1].click",
            "expected a CSS selector string, such as #naverpay, got a list"),
        broken(
            "XPath for a selector",
            with("/pay/selector", "//button[@id='naverpay']"),
            "pay.selector",
            "looks like XPath; expected a CSS selector string"),
        broken(
            "unclosed bracket in a selector",
            with("/admin_cancel/steps/1", "{click: '{order_row} button[data-action=admin-cancel'}"),
            "admin_cancel.steps[1].click",
            "expected a CSS selector string; a [ is not closed"),
        broken(
            "type step without its text",
            without("/admin_partial_cancel/steps/1/type/text"),
            "admin_partial_cancel.steps[1].type.text",
            "missing; give the text to type"),
        broken(
            "type step with a misspelt key",
            with("/admin_partial_cancel/steps/1/type/txt", "'{amount}'"),
            "admin_partial_cancel.steps[1].type.txt",
            "unknown field 'txt'; did you mean text?"),
        broken(
            "partial cancel that types no amount",
            with("/admin_partial_cancel/steps/1/type/text", "5000"),
            "admin_partial_cancel.steps",
            "no step enters the amount to cancel"),
        broken(
            "buyer cancel with an amount",
            with(
                "/buyer_cancel/steps/1", "{click: '{order_row} button[data-amount=\"{amount}\"]'}"),
            "buyer_cancel.steps[1].click",
            "unknown placeholder {amount} here; this part fills"),
        broken(
            "order_row used without a row",
            without("/buyer_cancel/row"),
            "buyer_cancel.row",
            "missing, but the steps use {order_row}"),
        broken(
            "row that cannot find one order",
            with("/admin_cancel/row", "tr.order"),
            "admin_cancel.row",
            "has no {merchant_uid} (or {imp_uid})"),
        broken(
            "cancel that names no order",
            with("/buyer_cancel/steps", "[{open: /orders}, {click: button.cancel}]"),
            "buyer_cancel.steps",
            "no step names the order; use {merchant_uid}, {imp_uid} or {order_row}"),
        broken(
            "contract flag as a word",
            with("/contract/escrow", "maybe"),
            "contract.escrow",
            "expected true or false, got the text \"maybe\""),
        broken(
            "contract flag quoted",
            with("/contract/high_risk", "'true'"),
            "contract.high_risk",
            "expected true or false, got the text \"true\"; write it without quotes"),
        broken(
            "contract flag as a number",
            with("/contract/marketplace", "1"),
            "contract.marketplace",
            "expected true or false, got the number 1"),
        broken(
            "misspelt contract flag",
            with("/contract/highrisk", "true"),
            "contract.highrisk",
            "unknown field 'highrisk'; did you mean high_risk?"),
        broken(
            "misspelt top-level field",
            with("/capability", "[mobile]"),
            "capability",
            "unknown field 'capability'; did you mean capabilities?"),
        broken(
            "camel-case top-level field",
            with("/buyerCancel", "{}"),
            "buyerCancel",
            "unknown field 'buyerCancel'; did you mean buyer_cancel?"),
        broken(
            "unrelated top-level field",
            with("/colour", "blue"),
            "colour",
            "unknown field 'colour'; the fields here are name, base_url, driver"),
        broken(
            "price with a comma",
            with("/products/0/price", "'14,000'"),
            "products[0].price",
            "expected a whole number of won, such as 14000, got the text \"14,000\"; write it"
                + " without quotes or commas"),
        broken(
            "price below one won",
            with("/products/0/price", "0"),
            "products[0].price",
            "expected 1 won or more, got 0"),
        broken(
            "cheap product with a slip",
            with("/products/4/price", "fifty"),
            "products[4].price",
            "expected a whole number of won"),
        broken(
            "product listed twice",
            with("/products/1/id", "BOOK-1"),
            "products[1].id",
            "BOOK-1 is listed twice"),
        broken(
            "product without a category",
            without("/products/2/category_id"),
            "products[2].category_id",
            "missing; give Naver Pay's category id"),
        broken(
            "cheap cart of an unknown product",
            with("/under_minimum/items", "PEN-1:1"),
            "under_minimum.items",
            "no product PEN-1 in products"),
        broken(
            "cheap cart that is not cheap",
            with("/under_minimum/items", "BOOK-1:1"),
            "under_minimum",
            "comes to 14000 won, not under the minimum of 100 won"),
        broken(
            "cheap cart with an unknown coupon",
            with("/under_minimum/coupon", "FREE"),
            "under_minimum.coupon",
            "no coupon FREE in coupons"),
        broken(
            "cheap cart with no count",
            with("/under_minimum/items", "STICKER-1:0"),
            "under_minimum.items",
            "'STICKER-1:0' has no count of 1 or more"),
        broken(
            "cheap cart as an amount for a cart of products",
            with("/under_minimum", "{amount: 50}"),
            "under_minimum.amount",
            "the cart takes products, not an amount"),
        broken(
            "user code of the wrong shape",
            with("/tenant/user_code", "imp123"),
            "tenant.user_code",
            "write imp and 8 digits"),
        broken(
            "imp_key read as a number",
            with("/tenant/imp_key", "1234567890"),
            "tenant.imp_key",
            "expected text, got the number 1234567890; put it in quotes"),
        broken(
            "minimum amount with a unit",
            with("/tenant/minimum_amount", "100원"),
            "tenant.minimum_amount",
            "expected a whole number of won"),
        broken("no channels", with("/tenant/channels", "[]"), "tenant.channels", "is empty"),
        broken(
            "results shown nowhere",
            with("/result", "{dialogs: false, success: '#done'}"),
            "result",
            "give result.selector, result.dialogs: true, or both"),
        broken(
            "no success mark",
            without("/result/success"),
            "result.success",
            "missing; give the CSS selector of what shows a completed order"),
        broken(
            "dialogs as a word",
            with("/result/dialogs", "sometimes"),
            "result.dialogs",
            "expected true or false"),
        broken(
            "no pay control",
            without("/pay"),
            "pay",
            "missing; describe the Naver Pay control's CSS selector, or name a driver class"),
        broken(
            "pay selector as a number",
            with("/pay/selector", "7"),
            "pay.selector",
            "expected text, got the number 7; put it in quotes"),
        broken(
            "subscription without the capability",
            with("/capabilities", "[partial_cancel, mobile]"),
            "subscription",
            "is given, but capabilities does not list subscriptions"),
        broken(
            "partial cancel capability without its section",
            without("/admin_partial_cancel"),
            "admin_partial_cancel",
            "missing; describe how the back office cancels part of an order"),
        broken(
            "subscription without a cancel",
            without("/subscription/cancel"),
            "subscription.cancel",
            "missing; give the steps that end the subscription"),
        broken(
            "subscription cancel with an order placeholder",
            with("/subscription/cancel/steps/0", "{open: '/subscription?order={merchant_uid}'}"),
            "subscription.cancel.steps[0].open",
            "unknown placeholder {merchant_uid} here; this part fills {customer_uid}"),
        broken(
            "mobile device without the capability",
            with("/capabilities", "[subscriptions, partial_cancel]"),
            "device.mobile",
            "add mobile to capabilities, or remove device.mobile"),
        broken(
            "mobile site that is not an address",
            with("/device/mobile/base_url", "m.shop.example"),
            "device.mobile.base_url",
            "is not an http(s) address"),
        broken(
            "driver that is not a class name",
            with("/driver", "my shop driver"),
            "driver",
            "'my shop driver' is not a Java class name"),
        broken(
            "login step without a selector",
            with("/login/buyer", "[{type: {text: secret}}]"),
            "login.buyer[0].type.selector",
            "missing; give a CSS selector string"),
        broken(
            "login with an action placeholder",
            with("/login/admin", "[{open: '/login?amount={amount}'}]"),
            "login.admin[0].open",
            "nothing is filled in this part (write ${NAME} for a run-time value)"),
        broken(
            "unclosed run-time variable",
            with("/buyer_cancel/steps/0", "{open: '${merchant/orders'}"),
            "buyer_cancel.steps[0].open",
            "a ${ is not closed"),
        broken(
            "products missing for a cart of products",
            root -> {
              root.remove("products");
              root.remove("under_minimum");
            },
            "products",
            "missing, but the cart is filled with products"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenProfiles")
  void isRefusedWithTheFieldAndTheFix(
      String change, Consumer<ObjectNode> edit, String path, String fix) {
    ObjectNode root = reference();
    edit.accept(root);

    ProfileException refused =
        catchThrowableOfType(
            ProfileException.class, () -> ProfileLoader.parse(yaml(root), "x.yml"));

    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.problems()).as(refused.getMessage()).hasSize(1);
    Problem problem = refused.problems().get(0);
    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.message()).contains(fix);
    assertThat(refused.getMessage()).contains(path).contains(fix).contains("x.yml");
  }

  private static Arguments broken(
      String change, Consumer<ObjectNode> edit, String path, String fix) {
    return Arguments.of(change, edit, path, fix);
  }

  /** Removes the field or list element at a JSON pointer. */
  static Consumer<ObjectNode> without(String pointer) {
    return root -> {
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode parent = root.at(at.head());
      if (parent instanceof ArrayNode list) {
        list.remove(Integer.parseInt(at.last().getMatchingProperty()));
      } else {
        ((ObjectNode) parent).remove(at.last().getMatchingProperty());
      }
    };
  }

  /** Sets the field or list element at a JSON pointer to a value written in YAML. */
  static Consumer<ObjectNode> with(String pointer, String yamlValue) {
    return root -> {
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode parent = root.at(at.head());
      JsonNode value = parse(yamlValue);
      if (parent instanceof ArrayNode list) {
        list.set(Integer.parseInt(at.last().getMatchingProperty()), value);
      } else {
        ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
      }
    };
  }

  static ObjectNode reference() {
    try (InputStream in = ProfileLoader.class.getResourceAsStream(ProfileLoader.REFERENCE)) {
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String yaml(JsonNode root) {
    try {
      return YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String yamlValue) {
    try {
      return YAML.readTree("value: " + yamlValue).get("value");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
