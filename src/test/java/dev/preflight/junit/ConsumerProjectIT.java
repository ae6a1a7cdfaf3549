package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The README's JUnit example, copied verbatim into a fresh Maven project that depends on the built
 * jar, compiles and passes: what a backend developer gets from the installed artifact. The jar is
 * installed with the project's pom, as {@code ./mvnw install} does, into the local repository under
 * a version of its own, which is removed afterwards; the consumer's Maven resolves our dependencies
 * from that pom.
 */
class ConsumerProjectIT {
  private static final String VERSION = "0.0.0-consumer-it";
  private static final String MARKER = "<!-- consumer-example:";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public )?class (\\w+)");

  private final Path localRepository =
      Paths.get(
          System.getProperty(
              "preflight.localRepository", System.getProperty("user.home") + "/.m2/repository"));

  /**
   * Takes the version out again, and out of the artifact's metadata: the whole artifact directory
   * when no other version of it is installed.
   */
  @AfterEach
  void removeTheInstalledVersion() throws IOException {
    Path artifact = localRepository.resolve("dev/preflight/npay-preflight");
    deleteTree(artifact.resolve(VERSION));
    if (!Files.isDirectory(artifact)) {
      return;
    }
    boolean othersInstalled;
    try (Stream<Path> entries = Files.list(artifact)) {
      othersInstalled = entries.anyMatch(Files::isDirectory);
    }
    if (!othersInstalled) {
      deleteTree(artifact);
      try (Stream<Path> siblings = Files.list(artifact.getParent())) {
        if (siblings.findAny().isEmpty()) {
          Files.delete(artifact.getParent());
        }
      }
      return;
    }
    Path metadata = artifact.resolve("maven-metadata-local.xml");
    if (Files.isRegularFile(metadata)) {
      List<String> kept =
          Files.readAllLines(metadata).stream().filter(line -> !line.contains(VERSION)).toList();
      Files.write(metadata, kept);
    }
  }

  @Test
  void theReadmeExampleCompilesAndPassesAgainstTheInstalledJar() throws Exception {
    Path library = Paths.get(required("preflight.library"));
    assertThat(library).as("the library jar: run after package").isRegularFile();
    try (JarFile contents = new JarFile(library.toFile())) {
      assertThat(contents.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class")))
          .as("the artifact a project depends on holds our classes only; its pom brings the rest")
          .isNotEmpty()
          .allMatch(name -> name.startsWith("dev/preflight/"));
    }
    String example = readmeExample(Paths.get(required("preflight.readme")));
    String packageName = find(PACKAGE, example, "a package line");
    String className = find(CLASS, example, "a top-level class");

    Path project = Files.createTempDirectory(Paths.get("target"), "consumer-it-");
    Path sources = project.resolve("src/test/java/" + packageName.replace('.', '/'));
    Files.createDirectories(sources);
    Files.writeString(sources.resolve(className + ".java"), example, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("pom.xml"), consumerPom(), StandardCharsets.UTF_8);

    int installed =
        maven(
            project,
            "install.log",
            "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
            "-Dfile=" + library.toAbsolutePath(),
            "-DpomFile=" + ourPom(project).toAbsolutePath());
    assertThat(installed).as(log(project, "install.log")).isZero();

    int built = maven(project, "test.log", "test");
    assertThat(built).as(log(project, "test.log")).isZero();

    Path report =
        project.resolve("target/surefire-reports/TEST-" + packageName + "." + className + ".xml");
    assertThat(report).as(log(project, "test.log")).isRegularFile();
    Element suite =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(report.toFile())
            .getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");
    // Kept when anything above failed, to look at its logs.
    deleteTree(project);
  }

  /**
   * The project's own pom, as {@code ./mvnw install} installs it with the jar, under the test's
   * version: the consumer resolves our dependencies from it, as it would from the repository.
   */
  private static Path ourPom(Path project) throws IOException {
    String pom = Files.readString(Paths.get(required("preflight.pom")), StandardCharsets.UTF_8);
    Matcher own =
        Pattern.compile("(<artifactId>npay-preflight</artifactId>\\s*<version>)[^<]+(</version>)")
            .matcher(pom);
    assertThat(own.find()).as("the pom names its own version after its artifactId").isTrue();
    Path copy = project.resolve("npay-preflight.pom");
    Files.writeString(copy, own.replaceFirst("$1" + VERSION + "$2"), StandardCharsets.UTF_8);
    return copy;
  }

  /** The first java block after the README's consumer-example marker. */
  static String readmeExample(Path readme) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int marker = text.indexOf(MARKER);
    assertThat(marker).as("README.md has the consumer-example marker").isNotNegative();
    int open = text.indexOf("```java\n", marker);
    int close = text.indexOf("\n```", open + 1);
    assertThat(open).as("a java block follows the marker").isNotNegative();
    return text.substring(open + "```java\n".length(), close + 1);
  }

  private String consumerPom() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>shop-backend</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>dev.preflight</groupId>
              <artifactId>npay-preflight</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.16.0</version>
              </plugin>
              <plugin>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>3.6.1</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(VERSION, junitVersion());
  }

  /** The JUnit this build tests with, so the consumer needs no other (and resolves offline). */
  private static String junitVersion() {
    Package jupiter = org.junit.jupiter.api.Test.class.getPackage();
    String version = jupiter.getImplementationVersion();
    return version == null ? "5.14.4" : version;
  }

  private int maven(Path project, String logName, String... goals)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(mavenExecutable());
    // Not offline: on a fresh machine install-file is a plugin this build never resolved. What
    // the local repository holds already is used without asking the network.
    command.add("-B");
    command.add("-Dmaven.repo.local=" + localRepository);
    command.addAll(List.of(goals));
    Process maven =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(project.resolve(logName).toFile())
            .start();
    if (!maven.waitFor(10, TimeUnit.MINUTES)) {
      maven.destroyForcibly();
      throw new AssertionError("mvn " + String.join(" ", goals) + " ran over 10 minutes");
    }
    return maven.exitValue();
  }

  /** The Maven running this build ({@code maven.home}), else {@code mvn} on the PATH. */
  private static String mavenExecutable() {
    String home = System.getProperty("maven.home");
    if (home != null && !home.isBlank() && !home.startsWith("${")) {
      File mvn = Paths.get(home, "bin", "mvn").toFile();
      if (mvn.canExecute()) {
        return mvn.getPath();
      }
    }
    return "mvn";
  }

  private static String log(Path project, String name) {
    try {
      List<String> lines = Files.readAllLines(project.resolve(name));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException unreadable) {
      return "(no " + name + ")";
    }
  }

  private static String find(Pattern pattern, String text, String what) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("the README example has " + what).isTrue();
    return matcher.group(1);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    assertThat(value)
        .as("system property " + property + " (set by the pom's failsafe)")
        .isNotNull();
    return value;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
