package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the view tests: the rendered DOM of a page (after its scripts ran) and
 * screenshots. Each call uses a fresh profile. Skips the test when Chromium is missing, unless
 * CI is set, where that is a failure ({@code .ci/run} installs Debian's chromium).
 *
 * <pre>{@code
 * HeadlessChromium chromium = HeadlessChromium.findOrSkip(tmpDir);
 * String dom = chromium.dumpDom(server.url().resolve("timeline"));
 * chromium.screenshot(server.url().resolve("timeline"), HeadlessChromium.SCREENSHOTS.resolve("timeline.png"), "1200,900");
 * }</pre>
 */
final class HeadlessChromium {
    static final Path SCREENSHOTS = ChromiumBrowserTest.SCREENSHOTS;
    private final Path binary;
    private final Path work;

    private HeadlessChromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    static HeadlessChromium findOrSkip(Path work) {
        Optional<Path> found = ChromiumBrowserTest.findChromium();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
                fail("CI=true but chromium is not installed (.ci/run installs Debian's chromium)");
            Assumptions.abort("chromium not installed; set CI=true to make this a failure");
        }
        return new HeadlessChromium(found.get(), work);
    }

    /** The page's DOM after its scripts ran (virtual time: 5 s of timers). */
    String dumpDom(URI url) throws Exception {
        Path out = Files.createTempFile(work, "dom", ".html");
        run(command("--dump-dom", url.toString()), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A PNG of the page at the window size ("1200,900"); asserts it is not blank-small. */
    void screenshot(URI url, Path png, String windowSize) throws Exception {
        Files.createDirectories(png.getParent());
        Path abs = png.toAbsolutePath();
        Files.deleteIfExists(abs);
        run(command("--screenshot=" + abs, "--window-size=" + windowSize, "--hide-scrollbars", url.toString()),
                Files.createTempFile(work, "shot", ".log"));
        assertTrue(Files.size(abs) > 5_000, "screenshot written: " + abs);
    }

    private List<String> command(String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(work, "profile"),
                "--virtual-time-budget=5000"));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    private void run(List<String> cmd, Path stdout) throws Exception {
        Path log = Files.createTempFile(work, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish: " + String.join(" ", cmd));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(log));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
