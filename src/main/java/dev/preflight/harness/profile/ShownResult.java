package dev.preflight.harness.profile;

/**
 * What the site showed the buyer once a payment (or a subscription sign-up) came back.
 *
 * @param text the completed order's text, the message, or the dialog's text
 */
public record ShownResult(Kind kind, String text) {

  public enum Kind {
    /** The page shows a completed order (or a running subscription). */
    COMPLETED,
    /** The result element holds a message. */
    MESSAGE,
    /** An alert said it. */
    DIALOG
  }

  public boolean completed() {
    return kind == Kind.COMPLETED;
  }
}
