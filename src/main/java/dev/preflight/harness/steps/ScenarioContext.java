package dev.preflight.harness.steps;

import dev.preflight.harness.InspectionRun;
import dev.preflight.inspection.BuyerView;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario's state, shared by its step classes through PicoContainer: where the journal stood
 * when it began, the device, the rules its tags name, and what the buyer saw at the end.
 */
public final class ScenarioContext {
  private String name;
  private List<String> ruleIds = List.of();
  private long startSeq;
  private InspectionRun.Device device = InspectionRun.Device.PC;
  private BuyerView buyer = BuyerView.NOTHING;
  private final List<String> dialogs = new ArrayList<>();

  void begin(String scenarioName, List<String> tags, long journalSeq) {
    name = scenarioName;
    ruleIds =
        tags.stream().map(tag -> tag.substring(1)).filter(id -> id.startsWith("NP-")).toList();
    startSeq = journalSeq;
  }

  public String name() {
    return name;
  }

  public List<String> ruleIds() {
    return ruleIds;
  }

  public long startSeq() {
    return startSeq;
  }

  public InspectionRun.Device device() {
    return device;
  }

  void device(InspectionRun.Device value) {
    device = value;
  }

  public BuyerView buyer() {
    return buyer;
  }

  void buyer(BuyerView value) {
    buyer = value;
  }

  List<String> dialogs() {
    return dialogs;
  }
}
