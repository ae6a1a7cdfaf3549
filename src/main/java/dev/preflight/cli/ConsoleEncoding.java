package dev.preflight.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The charset the console is written in. A machine whose locale names UTF-8 but is not installed
 * (say {@code LANG=ko_KR.UTF-8} on a fresh Debian without that locale generated) leaves the JVM on
 * ASCII, and every Korean line comes out as question marks although the terminal reads UTF-8
 * perfectly well. Then, and only then, the console is written in UTF-8.
 */
final class ConsoleEncoding {
  private ConsoleEncoding() {}

  /**
   * Writes standard output and error in UTF-8 when {@link #repair} says so: the JVM's own streams
   * (logging) and picocli's, which encodes by itself in the charset {@code sun.stdout.encoding}
   * names, else the JVM's. Before any command line is made, so that its writers see it.
   */
  static void useUtf8WhereNeeded() {
    repair(Charset.defaultCharset(), System.getenv())
        .ifPresent(
            utf8 -> {
              System.setProperty("sun.stdout.encoding", utf8.name());
              System.setProperty("sun.stderr.encoding", utf8.name());
              System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, utf8));
              System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, utf8));
            });
  }

  /**
   * UTF-8 when the JVM's charset cannot write Hangul and the locale the environment asks for (the
   * first of {@code LC_ALL}, {@code LC_CTYPE}, {@code LANG} that is set, as the C library reads
   * them) names UTF-8, or names no charset at all ({@code C}, {@code POSIX}, nothing: a bare
   * container, whose terminal is UTF-8 all but always, where ASCII would turn every Korean letter
   * into a question mark). A locale that names another charset is left as it is.
   */
  static Optional<Charset> repair(Charset jvm, Map<String, String> environment) {
    if (jvm.newEncoder().canEncode('\uD55C')) {
      return Optional.empty();
    }
    String locale = "";
    for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        locale = value.strip().toLowerCase(Locale.ROOT);
        break;
      }
    }
    int dot = locale.indexOf('.');
    String codeset = dot < 0 ? "" : locale.substring(dot + 1).replace("-", "");
    return codeset.isEmpty() || codeset.startsWith("utf8")
        ? Optional.of(StandardCharsets.UTF_8)
        : Optional.empty();
  }
}
