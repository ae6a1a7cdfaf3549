package dev.preflight.harness;

import dev.preflight.harness.profile.GatewayAccount;
import dev.preflight.harness.profile.MerchantProfile;
import dev.preflight.harness.profile.ProfileLoader;
import dev.preflight.harness.profile.SiteDriver;
import dev.preflight.harness.profile.SiteDrivers;
import dev.preflight.merchant.Defect;
import dev.preflight.merchant.MerchantSettings;
import dev.preflight.merchant.ReferenceMerchant;
import java.util.List;
import java.util.Map;

/**
 * The site a run inspects: its resolved profile, the driver that works it, and, for the built-in
 * reference merchant, the server the run started for it.
 *
 * @param server what to stop when the run ends; nothing for a site that runs on its own
 */
public record InspectedSite(
    MerchantProfile profile,
    SiteDriver driver,
    AutoCloseable server,
    java.util.function.IntFunction<InspectedSite> copies)
    implements AutoCloseable {

  /** A merchant's own site, already running, driven as its profile says. */
  public static InspectedSite of(MerchantProfile resolved) {
    return new InspectedSite(resolved, SiteDrivers.forProfile(resolved), () -> {}, null);
  }

  /**
   * Whether the run can start copies of the site, each with a gateway account of its own, for
   * workers side by side: only for a shop the run started itself. A running site has one account,
   * and workers sharing it would mix their journals, outcomes and faults.
   */
  public boolean copiable() {
    return copies != null;
  }

  /** A numbered copy of the site (1, 2, …), with its own account. */
  InspectedSite copy(int number) {
    if (copies == null) {
      throw new IllegalStateException("the site cannot be copied: " + profile.name());
    }
    return copies.apply(number);
  }

  /**
   * Starts the reference merchant against the workbench's simulator, with the given defects, and
   * drives it with its own profile.
   */
  public static InspectedSite reference(Workbench bench, List<Defect> defects) {
    ReferenceMerchant merchant =
        new ReferenceMerchant(MerchantSettings.against(bench.simulatorUrl(), defects)).start();
    MerchantProfile profile =
        ProfileLoader.reference()
            .resolve(Map.of(MerchantProfile.MERCHANT_VARIABLE, merchant.baseUrl()));
    return new InspectedSite(
        profile,
        SiteDrivers.forProfile(profile),
        merchant,
        copy -> reference(bench, defects, copy));
  }

  /** Another reference merchant, with the same defects and a gateway account of its own. */
  private static InspectedSite reference(Workbench bench, List<Defect> defects, int copy) {
    GatewayAccount first = ProfileLoader.reference().tenant();
    GatewayAccount account =
        new GatewayAccount(
            String.format("imp%08d", copy),
            first.impKey() + "_copy" + copy,
            first.impSecret() + "_copy" + copy,
            first.minimumAmount(),
            first.channels(),
            first.notificationUrl());
    ReferenceMerchant merchant =
        new ReferenceMerchant(
                new MerchantSettings(
                    "127.0.0.1",
                    0,
                    bench.simulatorUrl(),
                    account.userCode(),
                    account.impKey(),
                    account.impSecret(),
                    account.minimumAmount(),
                    defects,
                    null))
            .start();
    MerchantProfile profile =
        ProfileLoader.reference()
            .resolve(Map.of(MerchantProfile.MERCHANT_VARIABLE, merchant.baseUrl()))
            .at(merchant.baseUrl(), account);
    Inspection.ensureTenant(bench, profile);
    return new InspectedSite(profile, SiteDrivers.forProfile(profile), merchant, null);
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (Exception e) {
      throw new IllegalStateException("the merchant did not stop: " + e.getMessage(), e);
    }
  }
}
