package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees, in a real browser: headless Chromium renders the landing page, an entity
 * page, an event page and the Fuseki UI; the test reads the rendered DOM and saves screenshots
 * under {@code target/screenshots/}. Skipped only when Chromium is missing and CI is not set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChromiumBrowserTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    Path dir;
    Path chromium;
    DatasetGraph dsg;
    KgServer server;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        Optional<Path> found = findChromium();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
                fail("CI=true but chromium is not installed (.ci/run installs Debian's chromium)");
            Assumptions.abort("chromium not installed; set CI=true to make this a failure");
        }
        chromium = found.get();
        dir = tmp;
        dsg = ServeFixture.createStore(dir);
        server = KgServer.start(dsg, ServeConfig.builder().port(0).adminArea(dir.resolve("fuseki"))
                .articleDirs(List.of(ServeFixture.articlesDir(dir))).build());
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.close();
        if (dsg != null)
            TDBInternal.expel(dsg);
    }

    @Test
    void landingPage() throws Exception {
        String dom = dumpDom("");
        assertTrue(dom.contains("Diplomacy knowledge graph"), dom);
        assertTrue(dom.contains("href=\"browse/people\""), "browse links");
        assertTrue(dom.contains("Events (timeline)"));
        screenshot("", "landing.png");
    }

    @Test
    void entityPage() throws Exception {
        String dom = dumpDom("id/person/to-lam");
        assertTrue(dom.contains("<h1>Tô Lâm</h1>"), dom);
        assertTrue(dom.contains(">Person</a>"), "type by label");
        assertTrue(dom.contains(">State visit of Tô Lâm to Laos</a>"), "the event it takes part in, linked by label");
        screenshot("id/person/to-lam", "entity.png");
    }

    @Test
    void eventPage() throws Exception {
        String path = ServeFixture.VISIT.getURI().substring(ServeFixture.BASE.length());
        String dom = dumpDom(path);
        assertTrue(dom.contains("<h1>State visit of Tô Lâm to Laos</h1>"), dom);
        assertTrue(dom.contains("href=\"../../id/person/to-lam\"") && dom.contains(">Tô Lâm</a>"), "participant linked by label");
        assertTrue(dom.contains(">Thongloun Sisoulith</a>"), "second participant");
        assertTrue(dom.contains(ServeFixture.VISIT_QUOTE), "evidence quote");
        assertTrue(dom.contains("href=\"../../article/a1#quote-"), "link to the article");
        screenshot(path, "event.png");
        screenshot(path, "event-phone.png", "390,844");
    }

    @Test
    void articlePageAndFusekiUi() throws Exception {
        String article = dumpDom("article/a1");
        assertTrue(article.contains("<mark id=\"quote-"), article);
        screenshot("article/a1", "article.png");
        String ui = dumpDom("ui/#/");
        assertTrue(ui.contains("/kg"), "the Fuseki UI lists the dataset: " + ui);
        screenshot("ui/#/dataset/kg/query", "fuseki-ui.png");
    }

    // ---- Chromium

    static Optional<Path> findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome"))
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p))
                    return Optional.of(p);
            }
        return Optional.empty();
    }

    private List<String> command(Path profile, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    private String dumpDom(String path) throws Exception {
        Path out = Files.createTempFile(dir, "dom", ".html");
        run(command(Files.createTempDirectory(dir, "profile"), "--dump-dom", server.url() + path), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private void screenshot(String path, String file) throws Exception {
        screenshot(path, file, "1200,1600");
    }

    private void screenshot(String path, String file, String windowSize) throws Exception {
        Path png = SCREENSHOTS.resolve(file).toAbsolutePath();
        Files.deleteIfExists(png);
        run(command(Files.createTempDirectory(dir, "profile"), "--screenshot=" + png, "--window-size=" + windowSize,
                "--hide-scrollbars", server.url() + path), Files.createTempFile(dir, "shot", ".log"));
        assertTrue(Files.size(png) > 5_000, "screenshot written: " + png);
    }

    private void run(List<String> cmd, Path stdout) throws Exception {
        Path log = Files.createTempFile(dir, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)) {
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
