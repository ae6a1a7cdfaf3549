package dev.preflight.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site driver docs/merchant-profile.md shows compiles against the harness as it is. */
class DocumentedDriverCompilesTest {
  @TempDir Path dir;

  @Test
  void theExampleDriverCompiles() throws IOException {
    String docs = Files.readString(Path.of("docs", "merchant-profile.md"));
    String drivers = docs.substring(docs.indexOf("## Site drivers"));
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(drivers);
    assertThat(block.find()).as("a java block under Site drivers").isTrue();
    Path source = dir.resolve("com/example/MyShopDriver.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, block.group(1));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                errors,
                null,
                null,
                List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    dir.resolve("classes").toString()),
                null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile()))
            .call();

    assertThat(compiled).as(errors.toString()).isTrue();
  }
}
