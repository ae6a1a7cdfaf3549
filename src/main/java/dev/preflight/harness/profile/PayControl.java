package dev.preflight.harness.profile;

import java.util.List;

/**
 * The Naver Pay control, and what a buyer must do before pressing it (tick the terms of purchase,
 * pick Naver Pay among the payment methods).
 *
 * @param selector the CSS selector of the button or link that starts the payment
 */
public record PayControl(String selector, List<Step> before) {

  public PayControl {
    before = List.copyOf(before);
  }

  public static PayControl of(String selector) {
    return new PayControl(selector, List.of());
  }

  PayControl resolve(Variables variables, String path) {
    return new PayControl(
        variables.fill(path + ".selector", selector),
        Steps.resolve(before, variables, path + ".before"));
  }
}
