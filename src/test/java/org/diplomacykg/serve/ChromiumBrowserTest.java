package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
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
    HeadlessChromium chromium;
    DatasetGraph dsg;
    KgServer server;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        chromium = HeadlessChromium.require(tmp);
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
    void savedQueryPageWithItsFormAndResults() throws Exception {
        String path = "queries/person-meetings?person=id:person/to-lam";
        String dom = dumpDom(path);
        assertTrue(dom.contains("<form class=\"params\""), dom);
        assertTrue(dom.contains("Results (1)") && dom.contains(">State visit of Tô Lâm to Laos</a>"), dom);
        screenshot(path, "saved-query.png");
        screenshot(path, "saved-query-phone.png", "390,844");
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

    private String dumpDom(String path) throws Exception {
        return chromium.dumpDom(server.url() + path);
    }

    private void screenshot(String path, String file) throws Exception {
        screenshot(path, file, "1200,1600");
    }

    private void screenshot(String path, String file, String windowSize) throws Exception {
        Path png = SCREENSHOTS.resolve(file).toAbsolutePath();
        Files.deleteIfExists(png);
        chromium.screenshot(server.url() + path, png, windowSize);
        assertTrue(Files.size(png) > 5_000, "screenshot written: " + png);
    }
}
