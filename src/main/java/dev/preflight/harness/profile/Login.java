package dev.preflight.harness.profile;

import java.util.List;

/**
 * How to sign in before acting as a buyer or as an admin; each list may be empty. Passwords belong
 * in {@code ${…}} variables, not in the file.
 */
public record Login(List<Step> buyer, List<Step> admin) {
  public static final Login NONE = new Login(List.of(), List.of());

  public Login {
    buyer = List.copyOf(buyer);
    admin = List.copyOf(admin);
  }

  Login resolve(Variables variables) {
    return new Login(
        Steps.resolve(buyer, variables, "login.buyer"),
        Steps.resolve(admin, variables, "login.admin"));
  }
}
