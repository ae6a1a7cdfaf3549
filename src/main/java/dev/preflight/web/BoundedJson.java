package dev.preflight.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/**
 * Jackson for input nobody vouches for (request bodies, SDK reports, stored {@code custom_data}):
 * limits on nesting, number and string length, so that a hostile body is refused while it is read
 * instead of becoming a tree that the journal can no longer write out.
 */
public final class BoundedJson {
  /** Deeper than any real payment request (custom_data included) and far below Jackson's 1000. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Digits of one JSON number: an amount or a time needs under 20. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Characters of one JSON string: bodies are capped at about 1 MiB anyway. */
  public static final int MAX_STRING_LENGTH = 2 * 1024 * 1024;

  private static final Pattern CLASS_NAME =
      Pattern.compile("`?\\b(?:java|javax|com|org|io|dev)\\.[\\w.$]*`?");

  private BoundedJson() {}

  /** A fresh mapper whose parsers keep to the limits above. */
  public static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .build();
    return new ObjectMapper(factory);
  }

  /**
   * Why a body did not parse, fit for a response: where, and Jackson's reason without the Java
   * types it names and cut short, since the reason may quote the offending input.
   */
  public static String reason(JacksonException malformed) {
    String text = malformed.getOriginalMessage();
    text = text == null ? "malformed JSON" : CLASS_NAME.matcher(text).replaceAll("JSON");
    text = text.replace("Exception", "error");
    JsonLocation at = malformed.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return Excerpt.of(text.lines().findFirst().orElse(""), 120) + where;
  }
}
