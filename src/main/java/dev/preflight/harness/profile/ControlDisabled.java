package dev.preflight.harness.profile;

/**
 * A control the harness was to press is on the page but stays disabled: the site refuses the action
 * (a pay button greyed out under the minimum amount). The harness judges that refusal instead of
 * waiting for a click that cannot happen.
 */
public final class ControlDisabled extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String selector;

  public ControlDisabled(String selector) {
    super(selector + " is shown but stays disabled");
    this.selector = selector;
  }

  public String selector() {
    return selector;
  }
}
