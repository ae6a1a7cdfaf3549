package dev.preflight.harness.profile;

import java.util.List;

/**
 * How a buyer signs up for a subscription (a billing key registered in the Naver Pay window) and
 * cancels it.
 *
 * @param signUp steps to the page with the subscribe control
 * @param pay the control that opens the registration window
 * @param active a CSS selector present once the subscription runs
 * @param cancel steps that end it, with {@code {customer_uid}}
 */
public record SubscriptionFlow(List<Step> signUp, PayControl pay, String active, Flow cancel) {

  public SubscriptionFlow {
    signUp = List.copyOf(signUp);
  }

  SubscriptionFlow resolve(Variables variables) {
    return new SubscriptionFlow(
        Steps.resolve(signUp, variables, "subscription.sign_up"),
        pay.resolve(variables, "subscription.pay"),
        variables.fill("subscription.active", active),
        cancel.resolve(variables, "subscription.cancel"));
  }
}
