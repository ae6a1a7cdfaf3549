package dev.preflight.harness;

/**
 * The defect matrix in HtmlUnit, the browser a check falls back to where Chromium is absent: the
 * same mistakes must be caught there, with Chromium's verdicts except where {@code
 * expected/defect-matrix-htmlunit.yml} lists HtmlUnit's own. It runs where Chromium is absent (and
 * {@link DefectMatrixIT} cannot), or anywhere with {@code -Dmatrix.htmlunit=always}; elsewhere it
 * says it was skipped and why.
 */
class DefectMatrixHtmlUnitIT extends DefectMatrix {
  @Override
  BrowserChoice.Engine engine() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !dev.preflight.support.Browsers.chromiumInstalled()
            || "always".equals(System.getProperty("matrix.htmlunit")),
        "Chromium is installed, so DefectMatrixIT runs the matrix there; -Dmatrix.htmlunit=always"
            + " runs it in HtmlUnit too");
    return BrowserChoice.Engine.HTMLUNIT;
  }

  @Override
  String differencesResource() {
    return "/expected/defect-matrix-htmlunit.yml";
  }
}
