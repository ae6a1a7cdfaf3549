package dev.preflight.harness.profile;

/**
 * One thing wrong with a profile: where, and what to do about it.
 *
 * @param path the field, as a reader of the YAML would name it ({@code cart.url}, {@code
 *     buyer_cancel.steps[1].click}); empty for the file as a whole
 * @param line the line in the file, or 0 when unknown (a value filled in at run time)
 * @param message the problem and its fix
 */
public record Problem(String path, int line, String message) {

  @Override
  public String toString() {
    String where = path.isEmpty() ? "" : path;
    if (line > 0) {
      where = where.isEmpty() ? "line " + line : where + " (line " + line + ")";
    }
    return where.isEmpty() ? message : where + ": " + message;
  }
}
