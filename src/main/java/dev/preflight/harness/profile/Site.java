package dev.preflight.harness.profile;

import java.util.List;

/**
 * One site in one browser, as a {@link SiteDriver} sees it: the resolved profile, the browser, and
 * the device the browser presents itself as.
 */
public record Site(MerchantProfile profile, BrowserSession browser, Device device) {

  public Site {
    if (!profile.isResolved()) {
      throw new IllegalArgumentException(
          "profile "
              + profile.name()
              + " still holds ${…} in base_url: call MerchantProfile.resolve before driving it");
    }
  }

  /** Opens an address of the site: a path under the site's address, or an absolute URL. */
  public void open(String address) {
    browser.open(profile.absolute(address, device));
  }

  /** Does the steps in order; their placeholders must already be filled. */
  public void run(List<Step> steps) {
    for (Step step : steps) {
      switch (step.kind()) {
        case OPEN -> open(step.target());
        case CLICK -> browser.click(step.target());
        case TYPE -> browser.type(step.target(), step.value());
        case SELECT -> browser.select(step.target(), step.value());
        case WAIT_FOR -> browser.waitFor(step.target());
      }
    }
  }
}
