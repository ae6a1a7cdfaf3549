package dev.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.client.SimulatorControl;
import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/** The architecture rule's eyes: it must see a control-API path however the code spells it. */
class ControlApiPathsTest {

  @Test
  void seesThePrefixConstantThatJavacCopiedIntoTheClient() throws Exception {
    assertThat(ControlApiPaths.stringConstants(classFile(SimulatorControl.class)))
        .anyMatch(s -> s.contains("/__sim"));
  }

  @Test
  void doesNotTakeAHelpTextInAnAnnotationForAUrl() throws Exception {
    // serve's description names the control API (/__sim/) for people; it builds no URL.
    assertThat(
            ControlApiPaths.stringConstants(
                classFile(Class.forName("dev.preflight.cli.ServeCommand"))))
        .noneMatch(s -> s.contains("/__sim"));
  }

  private static URI classFile(Class<?> type) throws URISyntaxException {
    return type.getResource(type.getSimpleName() + ".class").toURI();
  }
}
