package dev.preflight.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

class PageChangingTest {
  @Test
  void aStaleElementMeansThePageChanged() {
    assertThat(PageChanging.is(new StaleElementReferenceException("stale element reference")))
        .isTrue();
  }

  @Test
  void chromiumsDetachedNodeErrorMeansThePageChanged() {
    WebDriverException detached =
        new WebDriverException(
            "unknown error: unhandled inspector error: {\"code\":-32000,\"message\":\"Node with"
                + " given id does not belong to the document\"}");

    assertThat(PageChanging.is(detached)).isTrue();
  }

  @Test
  void otherErrorsAreRealOnes() {
    assertThat(PageChanging.is(new WebDriverException("chrome not reachable"))).isFalse();
  }
}
