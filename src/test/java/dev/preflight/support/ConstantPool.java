package dev.preflight.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The string literals a compiled class holds, read from its constant pool: what source scans miss
 * (a literal built by concatenation ends up here whole), without a bytecode library.
 */
public final class ConstantPool {
  private ConstantPool() {}

  /** The {@code CONSTANT_String} entries of the class file's constant pool (JVMS 4.4). */
  public static List<String> strings(URI classFile) {
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
