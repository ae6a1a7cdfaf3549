package dev.preflight.harness;

/**
 * The defect matrix in Chromium, the browser Naver's reviewers and the merchant's buyers use: its
 * expectations are {@code expected/defect-matrix.yml} as written. Skipped without Chromium, and
 * failed in CI, which must have it.
 */
class DefectMatrixIT extends DefectMatrix {
  @Override
  BrowserChoice.Engine engine() {
    dev.preflight.support.Browsers.assumeChromium();
    return BrowserChoice.Engine.CHROMIUM;
  }

  @Override
  String differencesResource() {
    return null;
  }
}
