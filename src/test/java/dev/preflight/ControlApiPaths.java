package dev.preflight;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
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

  /** The {@code CONSTANT_String} entries of the class file's constant pool (JVMS 4.4). */
  static List<String> stringConstants(URI classFile) {
    try (InputStream bytes = classFile.toURL().openStream();
        DataInputStream in = new DataInputStream(bytes)) {
      in.skipBytes(8); // magic, minor and major version
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> strings = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 8 -> strings.add(in.readUnsignedShort());
          case 7, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // a long or a double takes two entries
          }
          default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
        }
      }
      return strings.stream().map(index -> utf8[index]).toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + classFile, unreadable);
    }
  }
}
