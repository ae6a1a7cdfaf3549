package dev.preflight.harness.profile;

/**
 * Where the site tells the buyer how a payment went. Naver checks that a failure's {@code
 * error_msg} reaches the buyer exactly, so the harness must know where to read it.
 *
 * @param selector the element whose text is the message (a selector group when the profile lists
 *     several places), or null when only dialogs are used
 * @param dialogs whether the site shows messages with {@code alert()}
 * @param success what shows a completed order
 */
public record ResultDisplay(String selector, boolean dialogs, Success success) {

  /**
   * A completed order, as the page shows it.
   *
   * @param selector an element present only then
   * @param text a text that element contains then, or null when its presence is enough
   * @param dialog a text of the alert the shop shows on success before its order page, or null
   */
  public record Success(String selector, String text, String dialog) {

    Success resolve(Variables variables, String path) {
      return new Success(
          variables.fill(path + ".selector", selector),
          variables.fill(path + ".text", text),
          variables.fill(path + ".dialog", dialog));
    }

    /** Whether a dialog's text is the shop's success alert. */
    public boolean saidBy(String dialogText) {
      return dialog != null && dialogText != null && dialogText.contains(dialog);
    }
  }

  ResultDisplay resolve(Variables variables) {
    return new ResultDisplay(
        variables.fill("result.selector", selector),
        dialogs,
        success.resolve(variables, "result.success"));
  }
}
