package dev.preflight.harness;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where the browser and its driver are: the ones the user named ({@code --chromium} and {@code
 * --chromedriver}, or the environment variables {@value #CHROMIUM_VARIABLE} and {@value
 * #CHROMEDRIVER_VARIABLE}), else Debian's packages, else a Chromium or Chrome (Chrome for Testing
 * included) where they usually are on Linux, macOS and Windows, or on the PATH. Named explicitly,
 * so Selenium Manager never tries to download one.
 *
 * @param chromium the browser's executable, or null when none was found
 * @param chromedriver the driver's executable, or null when none was found
 * @param searched where the search looked, for the message when something is missing
 */
public record ChromiumInstall(Path chromium, Path chromedriver, List<String> searched) {
  public static final String CHROMIUM_VARIABLE = "NPAY_PREFLIGHT_CHROMIUM";
  public static final String CHROMEDRIVER_VARIABLE = "NPAY_PREFLIGHT_CHROMEDRIVER";

  /** Debian's {@code chromium} and {@code chromium-driver} packages: the default. */
  public static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

  public static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final List<String> BROWSER_NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");

  public ChromiumInstall {
    searched = List.copyOf(searched);
  }

  public boolean found() {
    return chromium != null && chromedriver != null;
  }

  /** What is missing, where it was looked for, and how to say where it is. */
  public String missing() {
    List<String> lacking = new ArrayList<>();
    if (chromium == null) {
      lacking.add("Chromium (or Chrome)");
    }
    if (chromedriver == null) {
      lacking.add("ChromeDriver");
    }
    return String.join(" and ", lacking)
        + " not found (looked at "
        + String.join(", ", searched)
        + "): install the chromium and chromium-driver packages, or give the paths with"
        + " --chromium and --chromedriver (or "
        + CHROMIUM_VARIABLE
        + " and "
        + CHROMEDRIVER_VARIABLE
        + ")";
  }

  /** The install the environment and the usual places give. */
  public static ChromiumInstall find() {
    return find(System::getenv, System.getProperty("user.home", ""), osName());
  }

  /**
   * The install the user named, each path that is null found as {@link #find()} would: a path given
   * but not executable is reported as missing rather than silently replaced.
   */
  public static ChromiumInstall named(Path chromium, Path chromedriver) {
    ChromiumInstall usual = find();
    List<String> searched = new ArrayList<>(usual.searched());
    Path browser = usual.chromium();
    Path driver = usual.chromedriver();
    if (chromium != null) {
      searched.add(0, chromium.toString());
      browser = Files.isExecutable(chromium) ? chromium : null;
    }
    if (chromedriver != null) {
      searched.add(0, chromedriver.toString());
      driver = Files.isExecutable(chromedriver) ? chromedriver : null;
    }
    return new ChromiumInstall(browser, driver, searched);
  }

  static ChromiumInstall find(Function<String, String> environment, String home, String os) {
    List<String> searched = new ArrayList<>();
    Path browser =
        first(searched, named(environment, CHROMIUM_VARIABLE), browsers(environment, home, os));
    Path driver =
        first(searched, named(environment, CHROMEDRIVER_VARIABLE), drivers(environment, home, os));
    return new ChromiumInstall(browser, driver, searched);
  }

  private static Optional<Path> named(Function<String, String> environment, String variable) {
    String value = environment.apply(variable);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  /**
   * The named path when there is one (only it: a wrong name is a mistake to show, not to work
   * around), else the first executable candidate.
   */
  private static Path first(List<String> searched, Optional<Path> named, List<Path> candidates) {
    if (named.isPresent()) {
      searched.add(named.get().toString());
      return Files.isExecutable(named.get()) ? named.get() : null;
    }
    for (Path candidate : candidates) {
      searched.add(candidate.toString());
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Where a browser is looked for, in order. */
  static List<Path> browsers(Function<String, String> environment, String home, String os) {
    List<Path> places = new ArrayList<>();
    places.add(DEBIAN_CHROMIUM);
    if (os.contains("mac")) {
      places.add(Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"));
      places.add(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
      places.add(
          Path.of(
              "/Applications/Google Chrome for Testing.app/Contents/MacOS/"
                  + "Google Chrome for Testing"));
    } else if (os.contains("win")) {
      for (String root : windowsRoots(environment)) {
        places.add(Path.of(root, "Google", "Chrome", "Application", "chrome.exe"));
        places.add(Path.of(root, "Chromium", "Application", "chrome.exe"));
      }
    } else {
      places.add(Path.of("/usr/bin/chromium-browser"));
      places.add(Path.of("/usr/bin/google-chrome"));
      places.add(Path.of("/usr/bin/google-chrome-stable"));
      places.add(Path.of("/snap/bin/chromium"));
      places.add(Path.of("/opt/google/chrome/chrome"));
    }
    places.addAll(onPath(environment, BROWSER_NAMES, os));
    // Chrome for Testing, as Selenium Manager and @puppeteer/browsers unpack it.
    places.addAll(newest(Path.of(home, ".cache", "selenium", "chrome"), executable("chrome", os)));
    places.addAll(newest(Path.of(home, ".cache", "puppeteer", "chrome"), executable("chrome", os)));
    return places;
  }

  /** Where a driver is looked for, in order. */
  static List<Path> drivers(Function<String, String> environment, String home, String os) {
    List<Path> places = new ArrayList<>();
    places.add(DEBIAN_CHROMEDRIVER);
    if (!os.contains("win")) {
      places.add(Path.of("/usr/lib/chromium/chromedriver"));
      places.add(Path.of("/usr/local/bin/chromedriver"));
      places.add(Path.of("/snap/bin/chromium.chromedriver"));
    }
    if (os.contains("mac")) {
      places.add(Path.of("/opt/homebrew/bin/chromedriver"));
    }
    places.addAll(onPath(environment, List.of("chromedriver"), os));
    places.addAll(
        newest(
            Path.of(home, ".cache", "selenium", "chromedriver"), executable("chromedriver", os)));
    return places;
  }

  private static List<String> windowsRoots(Function<String, String> environment) {
    return Stream.of("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")
        .map(environment)
        .filter(root -> root != null && !root.isBlank())
        .toList();
  }

  private static List<Path> onPath(
      Function<String, String> environment, List<String> names, String os) {
    String path = environment.apply("PATH");
    if (path == null) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isBlank()) {
        names.forEach(name -> found.add(Path.of(dir, executable(name, os))));
      }
    }
    return found;
  }

  private static String executable(String name, String os) {
    return os.contains("win") ? name + ".exe" : name;
  }

  /**
   * The executables under a cache of versions ({@code <cache>/<platform>/<version>/<file>}), the
   * newest version first.
   */
  private static List<Path> newest(Path cache, String file) {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> found =
        Files.find(cache, 4, (p, a) -> p.getFileName().toString().equals(file))) {
      return found.sorted(Comparator.comparing(Path::toString).reversed()).toList();
    } catch (java.io.IOException | RuntimeException unreadable) {
      return List.of();
    }
  }

  private static String osName() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
  }
}
