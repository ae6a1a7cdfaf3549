package dev.preflight.harness;

import dev.preflight.client.SimulatorControl;

/**
 * One worker of a check: its browsers, the site it drives and what its buyer was shown. For a site
 * the run can copy (the reference merchant), each scenario gets a copy of its own, with a gateway
 * account of its own: it meets at the gateway only what it did itself, whatever ran before it and
 * in whichever worker, so the verdicts are those of a serial run.
 */
final class Lane implements AutoCloseable {
  private final Workbench bench;
  private final InspectedSite original;
  private final BrowserSet browsers;
  private final boolean ownsBrowsers;
  private InspectedSite site;
  private InspectedSite copy;
  private SimulatorControl control;
  private JournalTimeline journal;
  private Witness witness;

  private Lane(Workbench bench, InspectedSite original, BrowserSet browsers, boolean ownsBrowsers) {
    this.bench = bench;
    this.original = original;
    this.browsers = browsers;
    this.ownsBrowsers = ownsBrowsers;
    drive(original);
  }

  /** The first worker: the run's own site, on the workbench's browsers. */
  static Lane first(Workbench bench, InspectedSite site) {
    return new Lane(bench, site, bench.browsers(), false);
  }

  /** Another worker, on browsers of its own (closed with the lane), for a site that copies. */
  static Lane another(Workbench bench, InspectedSite site) {
    return new Lane(bench, site, bench.newBrowserSet(), true);
  }

  private void drive(InspectedSite next) {
    site = next;
    control = bench.control().forTenant(next.profile().tenant().impKey());
    journal = new JournalTimeline(control);
    witness = new Witness(journal::lastSeq, journal::seqAt);
  }

  /**
   * A scenario begins: the last one's notices have reached its shop (so that its webhook handler's
   * calls are not taken for this scenario's), and a site that copies is driven in a fresh copy, the
   * last copy closed.
   */
  void beginScenario(int copyNumber) {
    bench.awaitQuietGateway(site.profile().tenant().impKey());
    if (original.copiable() && copyNumber > 0) {
      InspectedSite last = copy;
      copy = original.copy(copyNumber);
      drive(copy);
      if (last != null) {
        last.close();
      }
    }
    browsers.clearBetweenScenarios();
    witness.reset();
  }

  InspectedSite site() {
    return site;
  }

  BrowserSet browsers() {
    return browsers;
  }

  /** The control API, acting on the gateway account of the site this lane drives now. */
  SimulatorControl control() {
    return control;
  }

  JournalTimeline journal() {
    return journal;
  }

  Witness witness() {
    return witness;
  }

  @Override
  public void close() {
    try {
      if (copy != null) {
        copy.close();
      }
    } finally {
      if (ownsBrowsers) {
        browsers.close();
      }
    }
  }
}
