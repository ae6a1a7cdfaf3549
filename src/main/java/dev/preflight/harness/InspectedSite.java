package dev.preflight.harness;

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
public record InspectedSite(MerchantProfile profile, SiteDriver driver, AutoCloseable server)
    implements AutoCloseable {

  /** A merchant's own site, already running, driven as its profile says. */
  public static InspectedSite of(MerchantProfile resolved) {
    return new InspectedSite(resolved, SiteDrivers.forProfile(resolved), () -> {});
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
    return new InspectedSite(profile, SiteDrivers.forProfile(profile), merchant);
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
