package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
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
 * Headless Chromium as the browser tests drive it: one process per page, a fresh profile each
 * time, no network beyond the URL given; the rendered DOM of a page (after its scripts ran) and
 * screenshots. {@link #require(Path)} finds it on the {@code PATH}; when it is missing the test is
 * skipped, unless {@code CI=true}, where that is a failure ({@code .ci/run} installs Debian's chromium).
 */
final class HeadlessChromium {
    /** Where the browser tests save the screenshots that the notes and README point to. */
    static final Path SCREENSHOTS = ChromiumBrowserTest.SCREENSHOTS;
    private final Path executable;
    private final Path work;

    private HeadlessChromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** Chromium for tests that write their profiles and logs under {@code work}; skips or fails when it is missing. */
    static HeadlessChromium require(Path work) {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
                fail("CI=true but chromium is not installed (.ci/run installs Debian's chromium)");
            Assumptions.abort("chromium not installed; set CI=true to make this a failure");
        }
        return new HeadlessChromium(found.get(), work);
    }

    /** The same as {@link #require(Path)}: the name the view tests use. */
    static HeadlessChromium findOrSkip(Path work) {
        return require(work);
    }

    static Optional<Path> find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome"))
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p))
                    return Optional.of(p);
            }
        return Optional.empty();
    }

    /** The DOM of the page at {@code url} once it has settled (scripts run, forms submitted, 5 s of virtual time). */
    String dumpDom(String url) throws Exception {
        Path out = Files.createTempFile(work, "dom", ".html");
        run(List.of("--dump-dom", url), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String dumpDom(URI url) throws Exception {
        return dumpDom(url.toString());
    }

    /** Saves a screenshot of the page at {@code url} to {@code png}, at {@code windowSize} ("width,height"). */
    void screenshot(String url, Path png, String windowSize) throws Exception {
        run(List.of("--screenshot=" + png, "--window-size=" + windowSize, "--hide-scrollbars", url),
                Files.createTempFile(work, "shot", ".log"));
    }

    /** A screenshot that must show something: a PNG of more than 5 KB (a blank page is smaller). */
    void screenshot(URI url, Path png, String windowSize) throws Exception {
        Files.createDirectories(png.getParent());
        Path abs = png.toAbsolutePath();
        Files.deleteIfExists(abs);
        screenshot(url.toString(), abs, windowSize);
        assertTrue(Files.size(abs) > 5_000, "screenshot written: " + abs);
    }

    private void run(List<String> extra, Path stdout) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(work, "profile"),
                "--virtual-time-budget=5000"));
        cmd.addAll(extra);
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
