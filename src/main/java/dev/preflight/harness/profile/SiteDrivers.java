package dev.preflight.harness.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the driver a profile names, among the {@link SiteDriver}s that jars on the classpath
 * register with {@link ServiceLoader}; a profile that names none gets {@link ProfileSiteDriver}.
 */
public final class SiteDrivers {
  static final String SERVICES_FILE = "META-INF/services/" + SiteDriver.class.getName();

  private SiteDrivers() {}

  public static SiteDriver forProfile(MerchantProfile profile) {
    return profile
        .driver()
        .map(name -> load(name, Thread.currentThread().getContextClassLoader(), profile.name()))
        .orElseGet(ProfileSiteDriver::new);
  }

  /**
   * The registered driver whose class is named so.
   *
   * @param source the profile, for the message when it is not there
   * @throws ProfileException at {@code driver}, saying what to put on the classpath
   */
  public static SiteDriver load(String className, ClassLoader loader, String source) {
    List<String> registered = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<SiteDriver> provider :
          ServiceLoader.load(SiteDriver.class, loader).stream().toList()) {
        if (provider.type().getName().equals(className)) {
          return provider.get();
        }
        registered.add(provider.type().getName());
      }
    } catch (ServiceConfigurationError broken) {
      throw new ProfileException(
          source,
          "driver",
          "a SiteDriver listed in "
              + SERVICES_FILE
              + " cannot be loaded ("
              + broken.getMessage()
              + "); it needs a public no-argument constructor and must implement "
              + SiteDriver.class.getName());
    }
    throw new ProfileException(source, "driver", notFound(className, loader, registered));
  }

  private static String notFound(String className, ClassLoader loader, List<String> registered) {
    String found =
        registered.isEmpty()
            ? "; no SiteDriver is registered at all"
            : "; the registered ones are " + String.join(", ", registered);
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError absent) {
      return "no class "
          + className
          + " on the classpath; put the jar that holds it on the classpath (java -cp"
          + " npay-preflight.jar:my-driver.jar dev.preflight.cli.Main check --profile …; java -jar"
          + " ignores -cp) and list the class in its "
          + SERVICES_FILE
          + found;
    }
    if (!SiteDriver.class.isAssignableFrom(type)) {
      return className
          + " is not a SiteDriver; implement "
          + SiteDriver.class.getName()
          + " or extend "
          + ProfileSiteDriver.class.getName();
    }
    return className
        + " is on the classpath but not registered; list it in "
        + SERVICES_FILE
        + " in its jar"
        + found;
  }
}
