package dev.preflight;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.preflight.support.ConstantPool;
import java.net.URI;
import java.util.List;

/**
 * Whether a compiled class holds the control API's path ({@code /__sim}) in a string it uses: a
 * literal, a concatenation's recipe, or {@code ControlApi.PREFIX}, which javac copies into the
 * class that reads it, so no dependency on {@code ControlApi} is left for ArchUnit to see. Only the
 * strings code loads count: a path named in an annotation (a command's help text) is not a URL
 * being built.
 */
final class ControlApiPaths {
  static final String PATH = "/__sim";

  private ControlApiPaths() {}

  static ArchCondition<JavaClass> buildControlApiUrls() {
    return new ArchCondition<>("build control-API URLs (hold \"" + PATH + "\" in a string)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        URI classFile =
            type.getSource().orElseThrow(() -> new IllegalStateException(type.getName())).getUri();
        for (String constant : stringConstants(classFile)) {
          if (constant.contains(PATH)) {
            events.add(
                SimpleConditionEvent.satisfied(
                    type, type.getName() + " uses the string \"" + constant + "\""));
          }
        }
      }
    };
  }

  /** The {@code CONSTANT_String} entries of the class file's constant pool. */
  static List<String> stringConstants(URI classFile) {
    return ConstantPool.strings(classFile);
  }
}
