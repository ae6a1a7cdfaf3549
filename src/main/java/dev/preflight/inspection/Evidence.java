package dev.preflight.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a verdict rests on, as structured facts rather than prose: what was expected, what was seen,
 * and the journal entries and screenshot that show it.
 *
 * @param expected what the rule asks for, in words a merchant understands
 * @param actual what the merchant did
 * @param journalSeqs the journal entries that show it
 * @param details further named facts (the parameter sent, the text shown, …)
 * @param screenshot a PNG file name, or null
 */
public record Evidence(
    String expected,
    String actual,
    List<Long> journalSeqs,
    Map<String, Object> details,
    String screenshot) {

  public Evidence {
    journalSeqs = List.copyOf(journalSeqs);
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static Evidence of(String expected, String actual) {
    return new Evidence(expected, actual, List.of(), Map.of(), null);
  }

  public Evidence withJournal(long... seqs) {
    List<Long> all = new java.util.ArrayList<>(journalSeqs);
    for (long seq : seqs) {
      all.add(seq);
    }
    return new Evidence(expected, actual, all, details, screenshot);
  }

  public Evidence with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(details);
    more.put(name, value);
    return new Evidence(expected, actual, journalSeqs, more, screenshot);
  }

  public Evidence withScreenshot(String file) {
    return new Evidence(expected, actual, journalSeqs, details, file);
  }
}
