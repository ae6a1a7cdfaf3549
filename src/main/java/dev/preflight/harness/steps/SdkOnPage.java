package dev.preflight.harness.steps;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Whether the shop's page has the i'mport SDK at all: when pressing pay led nowhere, a page without
 * {@code IMP} tells the merchant why — most often a script address the check cannot serve (an
 * {@code http://} or protocol-relative {@code //cdn.iamport.kr} one on an {@code http://} page).
 */
final class SdkOnPage {
  private SdkOnPage() {}

  /** True only when the page answers and has no usable {@code IMP}; false when it cannot tell. */
  static boolean missing(WebDriver driver) {
    if (!(driver instanceof JavascriptExecutor script)) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(
          script.executeScript(
              "return typeof window.IMP === 'undefined' || !window.IMP"
                  + " || typeof window.IMP.request_pay !== 'function';"));
    } catch (WebDriverException cannotTell) {
      return false;
    }
  }
}
