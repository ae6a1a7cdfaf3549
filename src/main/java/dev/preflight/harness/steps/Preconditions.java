package dev.preflight.harness.steps;

import dev.preflight.harness.InspectionRun;
import dev.preflight.harness.PreconditionNotMet;
import dev.preflight.harness.profile.Capability;
import dev.preflight.harness.profile.Device;
import dev.preflight.report.StopReason;

/** What a scenario needs of the site before it can begin; without it, the scenario is skipped. */
final class Preconditions {
  private Preconditions() {}

  /** Puts the scenario on the device, once the site is known to serve it. */
  static void device(ScenarioContext context, Device device) {
    context.device(device);
    if (device == Device.MOBILE) {
      require(Capability.MOBILE);
    }
  }

  static void require(Capability capability) {
    if (!InspectionRun.current().profile().can(capability)) {
      throw new PreconditionNotMet(StopReason.of("stop.capability-missing", capability.key()));
    }
  }
}
