package dev.preflight.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many workers a check runs by default: one per core, as many as the memory holds. A worker
 * keeps up to two Chromiums (PC and mobile), about 460 MiB each.
 */
public final class WorkerCount {
  /** What one worker's browsers take, in bytes. */
  static final long PER_WORKER = 2L * 460 * 1024 * 1024;

  private WorkerCount() {}

  /** One per core, capped by the memory available now (at least one). */
  public static int fitting() {
    int cores = Runtime.getRuntime().availableProcessors();
    long available = availableMemory();
    int byMemory = available <= 0 ? cores : (int) Math.max(1, available / PER_WORKER);
    return Math.max(1, Math.min(cores, byMemory));
  }

  /** Linux's own estimate of what can be taken without swapping; 0 where it does not say. */
  static long availableMemory() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
      for (String line : lines) {
        if (line.startsWith("MemAvailable:")) {
          String[] parts = line.split("\\s+");
          return Long.parseLong(parts[1]) * 1024;
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // Elsewhere the cores alone decide.
    }
    return 0;
  }
}
