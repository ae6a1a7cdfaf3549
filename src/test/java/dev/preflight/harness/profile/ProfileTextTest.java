package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles as people write them: the YAML slips that the tree alone does not show, the line a
 * problem is on, and every problem of a file in one message.
 */
class ProfileTextTest {
  private static final String MINIMAL =
      """
      name: tiny shop
      base_url: https://shop.example
      products:
        - {id: P-1, name: Pen, price: 1500, category_type: PRODUCT, category_id: GENERAL}
      cart:
        url: /buy?items={items}
      pay: "#npay"
      result:
        dialogs: true
        success: ".order-complete"
      buyer_cancel:
        steps:
          - open: /mypage/orders/{merchant_uid}
          - click: "#cancel"
      admin_cancel:
        steps:
          - open: /admin/orders/{merchant_uid}
          - click: "#refund"
      """;

  @Test
  void aMinimalProfileNeedsOnlyTheServicesOfAOneTimePayment() {
    MerchantProfile profile = ProfileLoader.parse(MINIMAL, "tiny.yml");

    // Its two cancel sections are capabilities of their own, which it need not list.
    assertThat(profile.capabilities())
        .containsExactly(Capability.BUYER_CANCEL, Capability.ADMIN_CANCEL);
    assertThat(profile.tenant()).isEqualTo(GatewayAccount.simulatorDefault());
    assertThat(profile.contract()).isEqualTo(ContractFlags.STANDARD);
    assertThat(profile.pay()).contains(PayControl.of("#npay"));
    assertThat(profile.result().orElseThrow().success())
        .isEqualTo(new ResultDisplay.Success(".order-complete", null, null));
    assertThat(profile.buyerCancel().orElseThrow().row()).isNull();
    assertThat(profile.adminPartialCancel()).isEmpty();
    assertThat(profile.subscription()).isEmpty();
    assertThat(profile.underMinimum()).isEmpty();
    assertThat(profile.context().channelCount()).isEqualTo(1);
  }

  @Test
  void aProfileWithADriverMayLeaveTheSiteSectionsToIt() {
    MerchantProfile profile =
        ProfileLoader.parse(
            "name: odd shop\nbase_url: https://odd.example\ndriver: com.example.OddShopDriver\n"
                + "capabilities: [subscriptions]\n",
            "odd.yml");

    assertThat(profile.driver()).contains("com.example.OddShopDriver");
    assertThat(profile.cart()).isEmpty();
    assertThat(profile.subscription()).isEmpty();
  }

  @Test
  void anUnquotedHashIsAComment() {
    Problem problem = onlyProblem(MINIMAL.replace("pay: \"#npay\"", "pay: #npay"));

    assertThat(problem.path()).isEqualTo("pay");
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message())
        .contains("has no value")
        .contains("in quotes when it starts with #");
  }

  @Test
  void anUnquotedBraceIsAMapping() {
    Problem problem =
        onlyProblem(
            MINIMAL.replace(
                "  - click: \"#cancel\"", "  - type: {selector: \"#reason\", text: {amount}}"));

    assertThat(problem.path()).isEqualTo("buyer_cancel.steps[1].type.text");
    assertThat(problem.message())
        .contains("got a mapping")
        .contains("in quotes when it starts with {");
  }

  @Test
  void brokenYamlIsReportedWithItsLine() {
    Problem problem = onlyProblem(MINIMAL.replace("  url: /buy?items={items}", "  url: [/buy"));

    assertThat(problem.path()).isEmpty();
    assertThat(problem.line()).isGreaterThan(5);
    assertThat(problem.message()).startsWith("not valid YAML: ");
  }

  @Test
  void aFieldGivenTwiceIsRefused() {
    Problem problem = onlyProblem(MINIMAL + "name: other shop\n");

    assertThat(problem.message()).contains("not valid YAML").contains("'name'");
  }

  @Test
  void anEmptyFileSaysWhereToStart() {
    assertThat(onlyProblem("# nothing yet\n").message())
        .isEqualTo("the profile is empty; start from the example in docs/merchant-profile.md");
  }

  @Test
  void aListForAProfileIsRefused() {
    assertThat(onlyProblem("- name: shop\n").message())
        .startsWith("expected a mapping of fields such as name, base_url, cart; got a list");
  }

  @Test
  void problemsPointAtTheirLine() {
    Problem problem = onlyProblem(MINIMAL.replace("click: \"#refund\"", "clik: \"#refund\""));

    assertThat(problem.path()).isEqualTo("admin_cancel.steps[1].clik");
    assertThat(problem.line()).isEqualTo(18);
    assertThat(problem)
        .hasToString(
            "admin_cancel.steps[1].clik (line 18): unknown step 'clik'; use one of open, click,"
                + " type, select, wait_for (did you mean click?)");
  }

  @Test
  void everyProblemOfAFileIsNamedAtOnce() {
    String yaml =
        MINIMAL
            .replace("base_url: https://shop.example", "baseurl: https://shop.example")
            .replace("price: 1500", "price: '1500'")
            .replace("dialogs: true", "dialogs: sometimes");

    ProfileException refused =
        catchThrowableOfType(ProfileException.class, () -> ProfileLoader.parse(yaml, "tiny.yml"));

    assertThat(refused.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder("baseurl", "base_url", "products[0].price", "result.dialogs");
    assertThat(refused.getMessage())
        .startsWith("Merchant profile tiny.yml has 4 problems:\n  ")
        .contains("baseurl (line 2): unknown field 'baseurl'; did you mean base_url?");
  }

  @Test
  void loadsAFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("shop.yml");
    Files.writeString(file, MINIMAL);

    assertThat(ProfileLoader.load(file).name()).isEqualTo("tiny shop");
    ProfileException missing =
        catchThrowableOfType(
            ProfileException.class, () -> ProfileLoader.load(dir.resolve("nope.yml")));
    assertThat(missing.getMessage()).contains("nope.yml").contains("cannot read the file");
  }

  @Test
  void namesAMissingResource() {
    ProfileException missing =
        catchThrowableOfType(
            ProfileException.class, () -> ProfileLoader.loadResource("profiles/nope.yml"));

    assertThat(missing.getMessage())
        .contains("no such resource on the classpath")
        .contains(ProfileLoader.REFERENCE);
  }

  private static Problem onlyProblem(String yaml) {
    ProfileException refused =
        catchThrowableOfType(ProfileException.class, () -> ProfileLoader.parse(yaml, "shop.yml"));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.problems()).as(refused.getMessage()).hasSize(1);
    return refused.problems().get(0);
  }
}
