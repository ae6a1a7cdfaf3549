package dev.preflight.faults;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** WireMock's own messages, into the project's log instead of the console. */
final class FrontLog implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(FaultFront.class);

  @Override
  public void info(String message) {
    LOG.debug("{}", message);
  }

  @Override
  public void error(String message) {
    LOG.warn("{}", message);
  }

  @Override
  public void error(String message, Throwable failure) {
    LOG.warn("{}", message, failure);
  }
}
