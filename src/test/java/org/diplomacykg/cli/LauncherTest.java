package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dkg} launcher, run as a user runs it, on a one-class Maven project laid out like
 * this one (the launcher only knows the layout), so the build it starts takes seconds, not minutes.
 */
class LauncherTest {
    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>org.diplomacykg.test</groupId>
              <artifactId>launcher-probe</artifactId>
              <version>1</version>
              <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
              <build>
                <finalName>dkg</finalName>
                <plugins>
                  <plugin>
                    <artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version>
                    <configuration><release>17</release></configuration>
                  </plugin>
                  <plugin>
                    <artifactId>maven-jar-plugin</artifactId><version>3.4.2</version>
                    <configuration><archive><manifest><mainClass>Probe</mainClass></manifest></archive></configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    record Run(int code, String out, String err) {
    }

    static Path project(Path dir, String source) throws IOException {
        Files.copy(Path.of("dkg"), dir.resolve("dkg"));
        Files.writeString(dir.resolve("pom.xml"), POM);
        Files.createDirectories(dir.resolve("src/main/java"));
        Files.createDirectories(dir.resolve("ontology"));
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("src/main/java/Probe.java"), source);
        return dir;
    }

    static Run launch(Path dir, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 2];
        cmd[0] = "bash";
        cmd[1] = dir.resolve("dkg").toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher still running after 5 minutes");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void buildSaysWhatItDoesAndHowLongItTook(@TempDir Path dir) throws Exception {
        project(dir, "public class Probe { public static void main(String[] a) { System.out.println(\"probe \" + a.length); } }\n");
        Run first = launch(dir, "x", "y");
        assertEquals(0, first.code(), first.err());
        assertEquals("probe 2", first.out().strip());
        assertTrue(first.err().startsWith("dkg: building target/dkg.jar with Maven"), first.err());
        assertTrue(first.err().matches("(?s).*dkg: built target/dkg\\.jar in \\d+ s\\R"), first.err());
        assertFalse(first.err().contains("\u001b"), "no terminal escape codes: " + first.err());
        Run second = launch(dir);
        assertEquals("probe 0", second.out().strip());
        assertEquals("", second.err(), "an up-to-date jar is run without a word");
    }

    @Test
    void failedBuildShowsMavensMessagesAndAOneLineVerdict(@TempDir Path dir) throws Exception {
        project(dir, "public class Probe { broken }\n");
        Run r = launch(dir);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("Probe.java"), "the compiler's message: " + r.err());
        assertTrue(r.err().strip().endsWith("(Maven's messages above; run: mvn -B -DskipTests package)"), r.err());
        assertFalse(Files.exists(dir.resolve("target/dkg.jar")));
    }
}
