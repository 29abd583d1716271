package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commitment trails on the seed store, without a browser: the saved query {@code commitment-trail}
 * follows the bilateral trade target from US$5 billion to US$10 billion across the articles, in
 * publication order, and the railway's commitments; the pages show the trail only where there is one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentTrailTest {
    static final String ID = "https://w3id.org/diplomacy-kg/id/";
    KgServer server;
    SiteContext site;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path tmp) {
        ServeConfig config = SeedSite.config(tmp.resolve("fuseki")).build();
        server = KgServer.start(SeedSite.store().dataset(), config);
        site = SiteContext.of(SeedSite.store().dataset(), config);
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.close();
    }

    List<Map<String, Node>> trail(String of) {
        return Txn.calculateRead(site.dsg(), () -> SavedQueryRows.run(site, "commitment-trail", Map.of("of", of)));
    }

    String page(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.url().resolve(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void theTradeTargetGrowsFromFiveToTenBillionAcrossArticles() throws Exception {
        List<Map<String, Node>> rows = trail("id:commitment/001-355fb81d80dc29d6-c6");
        List<String> dates = rows.stream().map(r -> SavedQueryRows.text(r, "published")).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "oldest article first");
        assertTrue(rows.stream().map(r -> SavedQueryRows.text(r, "file")).distinct().count() >= 3, "several articles");
        assertTrue(rows.stream().allMatch(r -> SavedQueryRows.text(r, "metric").equals("bilateral trade")), "one measure");
        List<String> amounts = rows.stream().map(r -> SavedQueryRows.text(r, "amount")).distinct().toList();
        assertEquals(List.of("5000000000", "10000000000"), amounts, "first stated US$5 bn, then US$10 bn");
        String html = page("id/commitment/001-355fb81d80dc29d6-c6");
        assertTrue(html.contains("<strong>Bilateral trade: </strong>US$5 bn (" + dates.get(0) + ") → US$10 bn ("), html);
        assertTrue(html.contains("<tr class=\"self\">"), "the commitment itself is marked in its trail");
    }

    @Test
    void aProjectsTrailIsTheCommitmentsAboutIt() throws Exception {
        List<Map<String, Node>> rows = trail("id:project/vientiane-vung-ang-railway");
        assertTrue(rows.size() >= 2, "the railway is named in commitments of several articles: " + rows);
        String html = page("id/project/vientiane-vung-ang-railway");
        assertTrue(html.contains("id=\"commitment-trail\""));
        for (Map<String, Node> r : rows)
            assertTrue(html.contains("href=\"../../" + r.get("commitment").getURI().substring(ID.length() - 3) + "\""), "links " + r);
    }

    @Test
    void aCommitmentWithoutTargetOrFollowersHasNoTrail() throws Exception {
        List<Map<String, Node>> rows = trail("id:commitment/000-dc28ce060877cb66-c1");
        assertEquals(1, rows.size(), "only itself");
        assertFalse(page("id/commitment/000-dc28ce060877cb66-c1").contains("id=\"commitment-trail\""));
    }
}
