package dev.preflight.harness.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the sections that drive the site: the cart, the pay control, where results appear, the
 * cancels and the subscription. Each checks that its steps use only the placeholders the harness
 * fills there.
 */
final class SiteReader {
  static final Set<String> CART_VALUES = Set.of("items", "amount", "coupon");
  static final Set<String> ITEM_VALUES = Set.of("product", "count");
  static final Set<String> ORDER_VALUES =
      Set.of("merchant_uid", "imp_uid", "order_amount", "order_row");

  /** The back office's: {@code {amount}} is the whole order's, or the part to cancel. */
  static final Set<String> ADMIN_VALUES =
      Set.of("merchant_uid", "imp_uid", "order_amount", "order_row", "amount");

  static final Set<String> SUBSCRIPTION_VALUES = Set.of("customer_uid");

  /** {@code {unique}}: a value new on every sign-up, for sites that want a new member each time. */
  static final Set<String> SIGN_UP_VALUES = Set.of("unique");

  private final Reader reader;
  private final StepReader steps;

  SiteReader(Reader reader) {
    this.reader = reader;
    this.steps = new StepReader(reader);
  }

  StepReader steps() {
    return steps;
  }

  /** The cart, or null when it had a problem, so that the checks against it stay quiet. */
  Cart cart(Field field) {
    int before = reader.count();
    Cart cart = readCart(field);
    return reader.count() == before ? cart : null;
  }

  private Cart readCart(Field field) {
    if (!reader.mapping(field, List.of("url", "add_item", "steps"))) {
      return null;
    }
    Field url = field.get("url");
    Field cartSteps = field.get("steps");
    if (url.present() == cartSteps.present()) {
      reader.problem(
          field.path(),
          (url.present() ? "both url and steps are given; " : "says nothing; ")
              + "give either cart.url or cart.steps");
      return null;
    }
    if (url.present()) {
      if (field.get("add_item").present()) {
        reader.problem(
            field.get("add_item").path(),
            "only goes with cart.steps; put the products in cart.url with {items}");
      }
      String template = reader.address(url, true);
      reader.placeholders(url, template, CART_VALUES);
      if (template != null
          && !Placeholders.actionNames(template).contains("items")
          && !Placeholders.actionNames(template).contains("amount")) {
        reader.problem(
            url.path(),
            "has neither {items} nor {amount}, so the harness cannot say what to buy; add one,"
                + " such as /checkout?items={items}");
      }
      return template == null ? null : Cart.ofUrl(template);
    }
    List<Step> addItem = steps.steps(field.get("add_item"), false, ITEM_VALUES);
    List<Step> after = steps.steps(cartSteps, true, CART_VALUES);
    return new Cart(null, addItem, after);
  }

  /** A pay control: its selector alone, or a mapping of selector and the steps before it. */
  PayControl pay(Field field) {
    if (field.node().isTextual()) {
      String selector = reader.selector(field, true);
      return selector == null ? null : PayControl.of(selector);
    }
    if (!reader.mapping(field, List.of("selector", "before"))) {
      return null;
    }
    String selector = reader.selector(field.get("selector"), true);
    List<Step> before = steps.steps(field.get("before"), false, Set.of());
    return selector == null ? null : new PayControl(selector, before);
  }

  ResultDisplay result(Field field) {
    if (!reader.mapping(field, List.of("selector", "dialogs", "success"))) {
      return null;
    }
    String selector = selectors(field.get("selector"));
    int before = reader.count();
    boolean dialogs = reader.flag(field.get("dialogs"));
    if (field.get("selector").absent() && !dialogs && reader.count() == before) {
      reader.problem(
          field.path(),
          "says nowhere where messages appear; give result.selector, result.dialogs: true, or"
              + " both");
    }
    ResultDisplay.Success success = success(field.get("success"));
    return success == null || (selector == null && !dialogs)
        ? null
        : new ResultDisplay(selector, dialogs, success);
  }

  /**
   * One selector, or a list of the places a result may appear (a result box, a toast, a modal),
   * read as the CSS selector group that matches any of them.
   */
  private String selectors(Field field) {
    if (!field.node().isArray()) {
      return reader.selector(field, false);
    }
    List<String> each = new java.util.ArrayList<>();
    for (Field element : reader.list(field, false, "CSS selectors")) {
      String selector = reader.selector(element, true);
      if (selector != null) {
        each.add(selector.strip());
      }
    }
    return each.isEmpty() ? null : String.join(", ", each);
  }

  private ResultDisplay.Success success(Field field) {
    if (field.absent()) {
      reader.problem(
          field.path(),
          "missing; give the CSS selector of what shows a completed order, such as"
              + " \"#order-status[data-status=paid]\"");
      return null;
    }
    if (field.node().isTextual()) {
      String selector = reader.selector(field, true);
      return selector == null ? null : new ResultDisplay.Success(selector, null, null);
    }
    if (!reader.mapping(field, List.of("selector", "text", "dialog"))) {
      return null;
    }
    String selector = reader.selector(field.get("selector"), true);
    String text = reader.text(field.get("text"), false, "a text the element then contains");
    String dialog =
        reader.text(field.get("dialog"), false, "a text the shop's success alert contains");
    return selector == null ? null : new ResultDisplay.Success(selector, text, dialog);
  }

  /** A cancel of one order: steps that name it, by {@code {merchant_uid}} or its row. */
  Flow orderFlow(Field field, Set<String> allowed, boolean partial) {
    if (!reader.mapping(field, List.of("row", "steps", "done"))) {
      return null;
    }
    String row = reader.selector(field.get("row"), false);
    if (row != null
        && !Placeholders.actionNames(row).contains("merchant_uid")
        && !Placeholders.actionNames(row).contains("imp_uid")) {
      reader.problem(
          field.get("row").path(),
          "has no {merchant_uid} (or {imp_uid}), so it cannot find one order's row; write it such"
              + " as tr[data-order='{merchant_uid}']");
    }
    reader.placeholders(field.get("row"), row, Set.of("merchant_uid", "imp_uid", "order_amount"));
    int before = reader.count();
    List<Step> flowSteps = steps.steps(field.get("steps"), true, allowed);
    boolean stepsRead = reader.count() == before;
    String done = reader.selector(field.get("done"), false);
    reader.placeholders(field.get("done"), done, allowed);
    if (stepsRead) {
      checkNamesTheOrder(field, flowSteps, partial);
    }
    return new Flow(row, flowSteps, done);
  }

  private void checkNamesTheOrder(Field field, List<Step> flowSteps, boolean partial) {
    Set<String> used = used(flowSteps);
    if (used.contains("order_row") && field.get("row").absent()) {
      reader.problem(
          field.get("row").path(),
          "missing, but the steps use {order_row}; give the row's selector, such as"
              + " tr[data-order='{merchant_uid}']");
    }
    if (!flowSteps.isEmpty()
        && !used.contains("merchant_uid")
        && !used.contains("imp_uid")
        && !used.contains("order_row")) {
      reader.problem(
          field.get("steps").path(),
          "no step names the order; use {merchant_uid}, {imp_uid} or {order_row} in a step");
    }
    if (partial && !flowSteps.isEmpty() && !used.contains("amount")) {
      reader.problem(
          field.get("steps").path(),
          "no step enters the amount to cancel; add a step such as"
              + " - type: {selector: \"{order_row} input[name=amount]\", text: \"{amount}\"}");
    }
  }

  SubscriptionFlow subscription(Field field) {
    if (!reader.mapping(field, List.of("sign_up", "pay", "active", "cancel"))) {
      return null;
    }
    List<Step> signUp = steps.steps(field.get("sign_up"), true, SIGN_UP_VALUES);
    PayControl pay =
        field.get("pay").absent()
            ? missing(field.get("pay"), "the subscribe control's CSS selector")
            : pay(field.get("pay"));
    String active = reader.selector(field.get("active"), true);
    Field cancel = field.get("cancel");
    Flow cancelFlow = null;
    if (cancel.absent()) {
      reader.problem(cancel.path(), "missing; give the steps that end the subscription");
    } else if (reader.mapping(cancel, List.of("steps", "done"))) {
      List<Step> cancelSteps = steps.steps(cancel.get("steps"), true, SUBSCRIPTION_VALUES);
      String done = reader.selector(cancel.get("done"), false);
      reader.placeholders(cancel.get("done"), done, SUBSCRIPTION_VALUES);
      cancelFlow = new Flow(null, cancelSteps, done);
    }
    return pay == null || active == null || cancelFlow == null
        ? null
        : new SubscriptionFlow(signUp, pay, active, cancelFlow);
  }

  private <T> T missing(Field field, String what) {
    reader.problem(field.path(), "missing; give " + what);
    return null;
  }

  private static Set<String> used(List<Step> flowSteps) {
    Set<String> used = new HashSet<>();
    for (Step step : flowSteps) {
      used.addAll(Placeholders.actionNames(step.target()));
      used.addAll(Placeholders.actionNames(step.value()));
    }
    return used;
  }
}
