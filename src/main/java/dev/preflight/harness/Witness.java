package dev.preflight.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Everything the buyer was shown during one scenario, including what did not stay: every alert and
 * confirm (read, then accepted, so that it never blocks the next command), and every short text
 * that appeared on the page, even a toast gone a second later. A page's own MutationObserver notes
 * such texts as they appear; the harness collects them whenever it polls the page.
 *
 * <p>{@link #mark()} notes the buyer's latest action (pressing pay, cancelling): what was shown
 * since then is what the rules judge that action by.
 */
public final class Witness {
  /**
   * A page unchanged this long has settled on what it tells the buyer. Longer than the second after
   * which some shops replace a verbatim message with their own wording.
   */
  public static final Duration SETTLED = Duration.ofMillis(1200);

  /** Texts longer than this are pages and panels, not messages. */
  private static final int MESSAGE_LENGTH = 300;

  /** A page that keeps changing must not fill the memory: the first texts are the telling ones. */
  private static final int MAX_GLIMPSES = 400;

  /**
   * Installs the observer once per page (ES5, for HtmlUnit too) and hands over what it noted since
   * the last call. An element is noted when it is added, or its text, class, style or {@code
   * hidden}/{@code open} changes, with up to 30 elements inside an added one; only visible elements
   * with a short, non-blank text are kept.
   */
  private static final String COLLECT =
      "var w = window;"
          + "if (!w.__npayPreflightWatching) {"
          + "  w.__npayPreflightWatching = true; w.__npayPreflightSeen = [];"
          + "  var note = function (e) {"
          + "    if (!e || e.nodeType !== 1 || e.tagName === 'SCRIPT' || e.tagName === 'STYLE') { return; }"
          + "    if (!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)) { return; }"
          + "    var t = e.innerText || e.textContent || '';"
          + "    if (t.replace(/\\s+/g, '').length && t.length <= "
          + MESSAGE_LENGTH
          + " && w.__npayPreflightSeen.length < "
          + MAX_GLIMPSES
          + ") { w.__npayPreflightSeen.push([t, new Date().getTime()]); }"
          + "  };"
          + "  w.__npayPreflightChanges = 0;"
          + "  var take = function (changes) {"
          + "    if (!changes || !changes.length) { return; }"
          + "    w.__npayPreflightChanges++;"
          + "    for (var i = 0; i < changes.length; i++) {"
          + "      var c = changes[i]; var target = c.target.nodeType === 3 ? c.target.parentNode : c.target;"
          + "      note(target);"
          + "      for (var j = 0; c.addedNodes && j < c.addedNodes.length; j++) {"
          + "        var added = c.addedNodes[j]; note(added);"
          + "        if (added.getElementsByTagName) {"
          + "          var inner = added.getElementsByTagName('*');"
          + "          for (var k = 0; k < inner.length && k < 30; k++) { note(inner[k]); }"
          + "        }"
          + "      }"
          + "    }"
          + "  };"
          + "  var observer = new MutationObserver(take);"
          + "  observer.observe(document.documentElement, {childList: true, subtree: true,"
          + "    characterData: true, attributes: true,"
          + "    attributeFilter: ['class', 'style', 'hidden', 'open']});"
          // A change is dated when its records are delivered, after the script that made it has
          // run on: one that then sent a request (a toast, then the call to verify) would be dated
          // after the server's answer on a busy machine. Requests first date what came before.
          + "  var flush = function () { try { take(observer.takeRecords()); } catch (e) {} };"
          + "  if (w.fetch) {"
          + "    var fetch0 = w.fetch;"
          + "    w.fetch = function () { flush(); return fetch0.apply(this, arguments); };"
          + "  }"
          + "  if (w.XMLHttpRequest && w.XMLHttpRequest.prototype) {"
          + "    var send0 = w.XMLHttpRequest.prototype.send;"
          + "    w.XMLHttpRequest.prototype.send = function () {"
          + "      flush(); return send0.apply(this, arguments); };"
          + "  }"
          + "}"
          + "var seen = w.__npayPreflightSeen; w.__npayPreflightSeen = [];"
          + "return {seen: seen, changes: w.__npayPreflightChanges, page: String(location.href)};";

  private final List<String> dialogs = new ArrayList<>();
  private final List<String> glimpses = new ArrayList<>();
  private final Map<String, Long> firstSeenAt = new HashMap<>();
  private final LongSupplier journalSeq;
  private final LongUnaryOperator seqAtMillis;
  private int dialogsAtMark;
  private int glimpsesAtMark;

  /** The page and its change count at the last look, and when either last moved. */
  private String lastPage;

  private long lastChanges = -1;
  private Instant lastMoved = Instant.now();

  /**
   * @param journalSeq where the simulator's journal stands now: each sight is dated by it, so a
   *     rule can tell whether the server had looked the payment up when the buyer was told
   */
  public Witness(LongSupplier journalSeq) {
    this(journalSeq, millis -> journalSeq.getAsLong());
  }

  /**
   * @param seqAtMillis where the journal stood at a real time (epoch ms): a text the page noted at
   *     that moment is dated by it, more closely than by when the harness collected it
   */
  public Witness(LongSupplier journalSeq, LongUnaryOperator seqAtMillis) {
    this.journalSeq = journalSeq;
    this.seqAtMillis = seqAtMillis;
  }

  /** Forgets the last scenario's sights. */
  public synchronized void reset() {
    dialogs.clear();
    glimpses.clear();
    firstSeenAt.clear();
    dialogsAtMark = 0;
    glimpsesAtMark = 0;
  }

  /** Notes that the buyer acts now: later sights are that action's outcome. */
  public synchronized void mark() {
    dialogsAtMark = dialogs.size();
    glimpsesAtMark = glimpses.size();
  }

  /** Reads and accepts an open alert or confirm, if there is one, and keeps its text. */
  public Optional<String> dialog(WebDriver driver) {
    try {
      var alert = driver.switchTo().alert();
      String text = alert.getText() == null ? "" : alert.getText();
      // Dated before it is closed: closing it may let the page go on to its server.
      long seq = journalSeq.getAsLong();
      alert.accept();
      synchronized (this) {
        dialogs.add(text);
        firstSeenAt.putIfAbsent(normalize(text), seq);
        // A dialog is the page moving: what follows its closing has yet to come.
        lastMoved = Instant.now();
      }
      return Optional.of(text);
    } catch (NoAlertPresentException | NoSuchWindowException none) {
      return Optional.empty();
    }
  }

  /**
   * Takes any open dialog, then what the page's observer noted since the last look. A page that is
   * loading or blocked answers nothing this time; the next look catches up.
   */
  public void look(WebDriver driver) {
    dialog(driver);
    if (!(driver instanceof JavascriptExecutor script)) {
      return;
    }
    try {
      Object answer = script.executeScript(COLLECT);
      Object seen = answer instanceof Map<?, ?> map ? map.get("seen") : null;
      if (answer instanceof Map<?, ?> map) {
        moved(String.valueOf(map.get("page")), map.get("changes"));
      }
      if (seen instanceof List<?> sights && !sights.isEmpty()) {
        for (Object sight : sights) {
          if (!(sight instanceof List<?> pair) || pair.size() < 2) {
            continue;
          }
          String text = String.valueOf(pair.get(0));
          long seq =
              pair.get(1) instanceof Number millis
                  ? seqAtMillis.applyAsLong(millis.longValue())
                  : journalSeq.getAsLong();
          synchronized (this) {
            if (glimpses.size() < MAX_GLIMPSES) {
              glimpses.add(text);
              firstSeenAt.putIfAbsent(normalize(text), seq);
            }
          }
        }
      }
    } catch (UnhandledAlertException alertOpened) {
      dialog(driver);
    } catch (WebDriverException pageChanging) {
      // Navigating, or a window closing: nothing to read this time.
    }
  }

  private synchronized void moved(String page, Object changes) {
    long count = changes instanceof Number n ? n.longValue() : -1;
    if (!page.equals(lastPage) || count != lastChanges) {
      lastPage = page;
      lastChanges = count;
      lastMoved = Instant.now();
    }
  }

  /**
   * Waits, at most {@code max}, until the page has not changed for {@code quiet}: a message that is
   * replaced a second later, or a toast that goes, is then gone from what the buyer is left with. A
   * page that never rests (an animation) is taken as it is after {@code max}.
   */
  public void awaitQuiet(WebDriver driver, Duration quiet, Duration max) {
    try {
      new FluentWait<>(driver)
          .withTimeout(max)
          .pollingEvery(QUIET_POLL)
          .until(
              d -> {
                look(d);
                return restingFor(quiet);
              });
    } catch (TimeoutException neverRests) {
      // Taken as it is now.
    }
  }

  private static final Duration QUIET_POLL = Duration.ofMillis(100);

  /**
   * Whether the page, as of the last look, has not changed (text, page, dialog) for {@code quiet}:
   * what it shows now is what it settled on.
   */
  public synchronized boolean restingFor(Duration quiet) {
    return Duration.between(lastMoved, Instant.now()).compareTo(quiet) >= 0;
  }

  /** Whether the buyer was shown anything (a dialog, a text) since the latest action. */
  public synchronized boolean shownSinceMark() {
    return dialogs.size() > dialogsAtMark || glimpses.size() > glimpsesAtMark;
  }

  /** The dialogs since the buyer's latest action, in order. */
  public synchronized List<String> dialogsSinceMark() {
    return List.copyOf(dialogs.subList(dialogsAtMark, dialogs.size()));
  }

  /** The texts that appeared since the buyer's latest action, in order. */
  public synchronized List<String> glimpsesSinceMark() {
    return List.copyOf(glimpses.subList(glimpsesAtMark, glimpses.size()));
  }

  /**
   * Where the journal stood when each text (normalized) was first seen in a dialog or for a moment:
   * at the latest, since the page is looked at every few dozen milliseconds.
   */
  public synchronized Map<String, Long> firstSeenAt() {
    return Map.copyOf(firstSeenAt);
  }

  private static String normalize(String text) {
    return dev.preflight.inspection.BuyerView.normalize(text);
  }

  /** How many dialogs were read in the scenario so far. */
  public synchronized int dialogCount() {
    return dialogs.size();
  }

  /** The newest dialog read after the first {@code count}, if any. */
  public synchronized Optional<String> newestDialogAfter(int count) {
    return dialogs.size() > count ? Optional.of(dialogs.get(dialogs.size() - 1)) : Optional.empty();
  }

  /** The newest dialog since the buyer's latest action. */
  public synchronized Optional<String> lastDialogSinceMark() {
    return newestDialogAfter(dialogsAtMark);
  }
}
