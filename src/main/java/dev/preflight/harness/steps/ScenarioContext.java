package dev.preflight.harness.steps;

import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.RuleTags;
import dev.preflight.harness.profile.Device;
import dev.preflight.harness.profile.ShownResult;
import dev.preflight.inspection.BuyerView;
import dev.preflight.inspection.Finding;
import dev.preflight.inspection.HarnessAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One scenario's state, shared by its step classes through PicoContainer: where the journal stood
 * when it began, the device, the rules its tags name, the order or subscription it made, what the
 * buyer saw, and the rules' findings once judged.
 */
public final class ScenarioContext {
  private String name;
  private List<String> tags = List.of();
  private long startSeq;
  private Device device;
  private final java.util.Set<Device> signedIn = java.util.EnumSet.noneOf(Device.class);
  private BuyerView buyer = BuyerView.NOTHING;
  private byte[] screenshot;
  private final List<HarnessAction> actions = new ArrayList<>();
  private List<Finding> findings;
  private String merchantUid;
  private Long orderAmount;
  private String impUid;
  private String customerUid;
  private ShownResult shown;
  private long shownAtSeq;
  private String cart = "";
  private BuyerView cartView = BuyerView.NOTHING;

  void begin(String scenarioName, List<String> sourceTags, long journalSeq) {
    name = scenarioName;
    tags = List.copyOf(sourceTags);
    startSeq = journalSeq;
  }

  public String name() {
    return name;
  }

  public List<String> tags() {
    return tags;
  }

  /** The rule ids the scenario's tags name: {@code @NP-ERR-1} → {@code NP-ERR-1}. */
  public List<String> ruleIds() {
    return RuleTags.ids(tags);
  }

  public long startSeq() {
    return startSeq;
  }

  /** The device, PC until a step says otherwise. */
  public Device device() {
    return device == null ? Device.PC : device;
  }

  /** The device as reports write it, or null when no step named one. */
  public String deviceLabel() {
    return device == null ? null : device.name().toLowerCase(Locale.ROOT);
  }

  void device(Device value) {
    device = value;
  }

  public BuyerView buyer() {
    return buyer;
  }

  void buyer(BuyerView value, byte[] png) {
    buyer = value;
    screenshot = png;
  }

  /** The PNG behind {@link BuyerView#screenshot()}, not yet written anywhere. */
  byte[] screenshotPng() {
    return screenshot;
  }

  /**
   * Notes that the harness begins an action on the site, from the journal's newest seq, and that
   * the buyer's sights from now on are its outcome.
   */
  void act(HarnessAction.Kind kind, String detail) {
    InspectionRun run = InspectionRun.current();
    actions.add(new HarnessAction(kind, run.journal().lastSeq(), detail));
    run.witness().mark();
  }

  List<HarnessAction> actions() {
    return List.copyOf(actions);
  }

  Optional<List<Finding>> findings() {
    return Optional.ofNullable(findings);
  }

  void judged(List<Finding> value) {
    findings = List.copyOf(value);
  }

  Optional<String> merchantUid() {
    return Optional.ofNullable(merchantUid);
  }

  Optional<Long> orderAmount() {
    return Optional.ofNullable(orderAmount);
  }

  Optional<String> impUid() {
    return Optional.ofNullable(impUid);
  }

  void order(String uid, String paymentId, Long amount) {
    merchantUid = uid;
    impUid = paymentId;
    orderAmount = amount;
  }

  Optional<String> customerUid() {
    return Optional.ofNullable(customerUid);
  }

  void customerUid(String value) {
    customerUid = value;
  }

  /** The kind of cart the buyer filled: {@code one_product}, {@code under_minimum}, … */
  String cart() {
    return cart;
  }

  void cart(String kind) {
    cart = kind;
  }

  /** The page the buyer pressed pay on, as it looked then. */
  BuyerView cartView() {
    return cartView;
  }

  void cartView(BuyerView view) {
    cartView = view;
  }

  /**
   * Whether the buyer still has to sign in on this device in this scenario, noting that they now
   * have: a scenario that fills a second cart must not sign in again over a live session (a login
   * form shown only to a signed-out buyer would never come).
   */
  boolean firstSignIn(Device on) {
    return signedIn.add(on);
  }

  /** What the shop showed when the last payment came back. */
  Optional<ShownResult> shown() {
    return Optional.ofNullable(shown);
  }

  /** The journal's last seq when the shop's result was read. */
  long shownAtSeq() {
    return shownAtSeq;
  }

  void shown(ShownResult value, long atSeq) {
    shown = value;
    shownAtSeq = atSeq;
  }
}
