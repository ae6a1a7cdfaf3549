package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's {@code driver} is found among the SiteDrivers jars register with ServiceLoader; when
 * it is not there, the message says what to put on the classpath.
 */
class SiteDriversTest {
  private static final String ODD_SHOP =
      "name: odd shop\nbase_url: https://odd.example\ndriver: %s\n";

  /** A driver for a site whose cart YAML cannot fill; the rest stays in the profile. */
  public static class ExampleShopDriver extends ProfileSiteDriver {
    @Override
    public void openCart(Site site, CartContents contents) {
      site.open("/cart/api?set=" + contents.items());
    }
  }

  /** On the classpath, but no jar lists it. */
  public static class UnregisteredDriver extends ProfileSiteDriver {}

  /** Listed, but ServiceLoader cannot make one. */
  public static class DriverWithoutDefaultConstructor extends ProfileSiteDriver {
    public DriverWithoutDefaultConstructor(String needed) {}
  }

  @TempDir Path jar;
  private ClassLoader classpath;

  @BeforeEach
  void registerTheExampleDriver() throws IOException {
    classpath = withServices(ExampleShopDriver.class.getName());
  }

  @Test
  void findsTheDriverTheProfileNames() {
    MerchantProfile profile = oddShop(ExampleShopDriver.class.getName());

    SiteDriver driver = withContextLoader(classpath, () -> SiteDrivers.forProfile(profile));

    assertThat(driver).isInstanceOf(ExampleShopDriver.class);
    RecordingBrowser browser = new RecordingBrowser();
    driver.openCart(new Site(profile, browser, Device.PC), CartContents.of("A-1:2"));
    assertThat(browser.actions).containsExactly("open https://odd.example/cart/api?set=A-1:2");
  }

  @Test
  void aProfileWithoutADriverIsDrivenByItsYaml() {
    assertThat(SiteDrivers.forProfile(ProfileLoader.reference()))
        .isExactlyInstanceOf(ProfileSiteDriver.class);
  }

  @Test
  void aDriverNotOnTheClasspathIsNamedWithWhatToDo() {
    Problem problem = refused("com.example.MissingDriver", classpath);

    assertThat(problem.path()).isEqualTo("driver");
    assertThat(problem.message())
        .startsWith(
            "no class com.example.MissingDriver on the classpath; put the jar that holds it")
        .contains("java -cp npay-preflight.jar:my-driver.jar dev.preflight.cli.Main check")
        .contains("META-INF/services/dev.preflight.harness.profile.SiteDriver")
        .endsWith("the registered ones are " + ExampleShopDriver.class.getName());
  }

  @Test
  void aDriverNobodyRegisteredIsToldToRegister() {
    Problem problem = refused(UnregisteredDriver.class.getName(), classpath);

    assertThat(problem.message())
        .isEqualTo(
            UnregisteredDriver.class.getName()
                + " is on the classpath but not registered; list it in"
                + " META-INF/services/dev.preflight.harness.profile.SiteDriver in its jar; the"
                + " registered ones are "
                + ExampleShopDriver.class.getName());
  }

  @Test
  void aClassThatIsNoDriverIsSaidToBeNone() {
    assertThat(refused("java.lang.String", classpath).message())
        .isEqualTo(
            "java.lang.String is not a SiteDriver; implement"
                + " dev.preflight.harness.profile.SiteDriver or extend"
                + " dev.preflight.harness.profile.ProfileSiteDriver");
  }

  @Test
  void aRegisteredDriverThatCannotBeMadeSaysWhy() throws IOException {
    ClassLoader broken = withServices(DriverWithoutDefaultConstructor.class.getName());

    assertThat(refused(DriverWithoutDefaultConstructor.class.getName(), broken).message())
        .startsWith(
            "a SiteDriver listed in META-INF/services/dev.preflight.harness.profile.SiteDriver"
                + " cannot be loaded (")
        .endsWith(
            "it needs a public no-argument constructor and must implement"
                + " dev.preflight.harness.profile.SiteDriver");
  }

  private Problem refused(String className, ClassLoader loader) {
    ProfileException refused =
        catchThrowableOfType(
            ProfileException.class,
            () -> withContextLoader(loader, () -> SiteDrivers.forProfile(oddShop(className))));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.getMessage()).startsWith("Merchant profile odd shop: driver: ");
    assertThat(refused.problems()).hasSize(1);
    return refused.problems().get(0);
  }

  private static MerchantProfile oddShop(String driver) {
    return ProfileLoader.parse(ODD_SHOP.formatted(driver), "odd.yml");
  }

  /** A class loader that sees the test classes plus a services file listing one driver. */
  private ClassLoader withServices(String driverClass) throws IOException {
    Path root = Files.createTempDirectory(jar, "classes");
    Path services = root.resolve(SiteDrivers.SERVICES_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "# a site driver jar\n" + driverClass + "\n");
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
  }

  private static <T> T withContextLoader(ClassLoader loader, Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
