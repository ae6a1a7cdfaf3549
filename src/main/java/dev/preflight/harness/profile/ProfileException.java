package dev.preflight.harness.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile that cannot be used, with every problem found, not just the first: fixing a file one
 * error per run is slow.
 */
public final class ProfileException extends RuntimeException {
  private final String source;
  private final transient List<Problem> problems;

  public ProfileException(String source, List<Problem> problems) {
    super(describe(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  public ProfileException(String source, String path, String message) {
    this(source, List.of(new Problem(path, 0, message)));
  }

  /** The file or resource the profile came from. */
  public String source() {
    return source;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(String source, List<Problem> problems) {
    if (problems.size() == 1) {
      return "Merchant profile " + source + ": " + problems.get(0);
    }
    return "Merchant profile "
        + source
        + " has "
        + problems.size()
        + " problems:"
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
