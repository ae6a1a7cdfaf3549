package dev.preflight.harness;

/**
 * One worker of a check: the site it drives (for the reference merchant, a shop and a gateway
 * account of its own, so that journals, armed outcomes and faults never mix), its browsers, and
 * what its buyer was shown.
 */
final class Lane implements AutoCloseable {
  private final InspectedSite site;
  private final BrowserSet browsers;
  private final boolean ownsSiteAndBrowsers;
  private final JournalClient journal;
  private final Witness witness;

  private Lane(
      Workbench bench, InspectedSite site, BrowserSet browsers, boolean ownsSiteAndBrowsers) {
    this.site = site;
    this.browsers = browsers;
    this.ownsSiteAndBrowsers = ownsSiteAndBrowsers;
    this.journal = new JournalClient(bench.simulatorUrl(), site.profile().tenant().impKey());
    this.witness = new Witness(journal::lastSeq, journal::seqAt);
  }

  /** The first worker: the run's own site, on the workbench's browsers. */
  static Lane first(Workbench bench, InspectedSite site) {
    return new Lane(bench, site, bench.browsers(), false);
  }

  /** Another worker, on a copy of the site and browsers of its own, both closed with the lane. */
  static Lane another(Workbench bench, InspectedSite site) {
    return new Lane(bench, site, bench.newBrowserSet(), true);
  }

  InspectedSite site() {
    return site;
  }

  BrowserSet browsers() {
    return browsers;
  }

  JournalClient journal() {
    return journal;
  }

  Witness witness() {
    return witness;
  }

  @Override
  public void close() {
    if (ownsSiteAndBrowsers) {
      try (site) {
        browsers.close();
      }
    }
  }
}
