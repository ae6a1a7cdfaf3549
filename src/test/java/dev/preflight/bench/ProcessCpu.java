package dev.preflight.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this JVM (driver, servers, GC and JIT together). Divided by the requests served
 * it gives a cost per request that moves less than throughput when other processes compete for the
 * machine's CPUs; the driver's share is the same for every GET target, since it sends and reads the
 * same bytes.
 */
final class ProcessCpu {
  private ProcessCpu() {}

  /** Nanoseconds of CPU since the JVM started, or -1 when the platform cannot tell. */
  static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
