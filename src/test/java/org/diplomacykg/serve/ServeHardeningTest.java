package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker or a careless client tries on a server started with {@code --update}:
 * admin functions, oversized requests, writes from another site, anonymous reads of the Graph
 * Store. Each request goes on a connection of its own (a refused request closes it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeHardeningTest {
    static final String USER = "loader";
    static final String PASSWORD = "s3cret-pw";
    static final String EVIL = "http://evil.example";

    Path dir;
    DatasetGraph dsg;
    KgServer server;
    KgServer adminServer;
    String base;
    String adminBase;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        dir = tmp;
        dsg = ServeFixture.createStore(dir);
        Path pw = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        server = KgServer.start(dsg, ServeConfig.builder().port(0).update(true).passwordFile(pw)
                .adminArea(dir.resolve("fuseki")).articleDirs(List.of(ServeFixture.articlesDir(dir))).build());
        base = server.url().toString();
        adminServer = KgServer.start(dsg, ServeConfig.builder().port(0).admin(true).passwordFile(pw)
                .adminArea(dir.resolve("fuseki-admin")).build());
        adminBase = adminServer.url().toString();
    }

    @AfterAll
    void stop() {
        adminServer.close();
        server.close();
        TDBInternal.expel(dsg);
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    // ---- 1. admin

    @Test
    void adminIsOffWithoutTheAdminOptionEvenFromThisMachineAndWithAPassword() throws Exception {
        for (String auth : new String[] {null, basic(USER, PASSWORD)}) {
            for (String path : List.of("$/backup/kg", "$/compact/kg", "$/datasets?dbName=x&dbType=mem", "$/tasks")) {
                HttpRequest.Builder b = post(base + path, "application/x-www-form-urlencoded", "");
                if (auth != null)
                    b.header("Authorization", auth);
                HttpResponse<String> r = send(b);
                assertTrue(r.statusCode() == 403 || r.statusCode() == 405 && path.equals("$/tasks"), path + ": " + r.statusCode() + " " + r.body());
            }
            HttpRequest.Builder del = HttpRequest.newBuilder(URI.create(base + "$/datasets/kg")).DELETE().header("Origin", EVIL);
            if (auth != null)
                del.header("Authorization", auth);
            assertEquals(403, send(del).statusCode());
        }
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "$/ping"))).statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "$/datasets")).header("Accept", "application/json")).statusCode());
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(ServeFixture.ARTICLE, Node.ANY, Node.ANY, Node.ANY)), "the dataset is still there");
        assertFalse(Files.exists(dir.resolve("fuseki/configuration/x.ttl")), "no dataset was created");
    }

    @Test
    void withTheAdminOptionBackupNeedsThePasswordAndDatasetsAreNeverCreated() throws Exception {
        HttpResponse<String> anonymous = send(post(adminBase + "$/backup/kg", "application/x-www-form-urlencoded", ""));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(adminBase + "$/backup/kg"))
                .header("Authorization", basic(USER, "guess")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(adminBase + "$/backup/kg"))
                .header("Authorization", basic(USER, PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, ok.statusCode(), ok.body());
        HttpResponse<String> create = send(HttpRequest.newBuilder(URI.create(adminBase + "$/datasets?dbName=x&dbType=mem"))
                .header("Authorization", basic(USER, PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, create.statusCode(), create.body());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(adminBase + "x/sparql?query=ASK%7B%7D"))).statusCode());
    }

    // ---- 2. request size

    @Test
    void oversizedRequestsAreRefusedWithOneLine() throws Exception {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(1_100_000);
        long t0 = System.nanoTime();
        HttpResponse<String> body = send(post(base + "kg/sparql", "application/sparql-query", big));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(413, body.statusCode(), body.body().substring(0, Math.min(200, body.body().length())));
        assertTrue(body.body().startsWith("Request body too large: ") && body.body().strip().lines().count() == 1, body.body());
        assertTrue(ms < 10_000, "refused without parsing: " + ms + " ms");

        HttpResponse<String> streamed = send(HttpRequest.newBuilder(URI.create(base + "kg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, streamed.statusCode(), "a body without Content-Length is cut too: " + streamed.body());

        HttpResponse<String> form = send(post(base + "kg/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(big, StandardCharsets.UTF_8)));
        assertEquals(413, form.statusCode());
        RequestLimitFilter limit = new RequestLimitFilter(1000);
        assertTrue(limit.refusal(-1, "query=" + "x".repeat(1000)).startsWith("Query string too long: 1006 characters"));
        assertEquals(null, limit.refusal(1000, "query=ASK{}"));

        HttpResponse<String> path = send(HttpRequest.newBuilder(URI.create(base + "id/person/" + "a".repeat(100_000))));
        assertEquals(414, path.statusCode());
        assertTrue(path.body().startsWith("Path too long: 1000"), path.body());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "$/ping"))).statusCode(), "server still answers");
    }

    // ---- 3. cross-site writes

    @Test
    void aCrossSiteFormPostWithRememberedCredentialsWritesNothing() throws Exception {
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
            String body = type.startsWith("application/x-www") ? "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8) : insert;
            HttpResponse<String> r = send(post(base + "kg/update", type, body)
                    .header("Authorization", basic(USER, PASSWORD)).header("Origin", EVIL));
            assertEquals(403, r.statusCode(), type + ": " + r.body());
        }
        HttpResponse<String> otherOrigin = send(post(base + "kg/update", "application/sparql-update", insert)
                .header("Authorization", basic(USER, PASSWORD)).header("Origin", EVIL));
        assertEquals(403, otherOrigin.statusCode());
        assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(ServeFixture.iri("http://example.org/g"))), "nothing written");

        HttpResponse<String> own = send(post(base + "kg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <http://example.org/own> { <http://example.org/s> <http://example.org/p> 1 } }")
                .header("Authorization", basic(USER, PASSWORD)).header("Origin", base.substring(0, base.length() - 1)));
        assertTrue(own.statusCode() / 100 == 2, "a write from the server's own pages passes: " + own.statusCode() + own.body());
        Txn.executeWrite(dsg, () -> dsg.removeGraph(ServeFixture.iri("http://example.org/own")));
    }

    @Test
    void crossSiteRule() {
        String auth = basic(USER, PASSWORD);
        assertEquals(null, CrossSiteWriteFilter.refusal("POST", null, "application/x-www-form-urlencoded", EVIL, "h:1"), "anonymous passes (reads only)");
        assertEquals(null, CrossSiteWriteFilter.refusal("GET", auth, null, EVIL, "h:1"));
        assertEquals(null, CrossSiteWriteFilter.refusal("PUT", auth, "application/n-triples", null, "h:1"), "dkg load --endpoint");
        assertEquals(null, CrossSiteWriteFilter.refusal("POST", auth, "application/sparql-update", "http://h:1", "h:1"));
        assertTrue(CrossSiteWriteFilter.refusal("POST", auth, "text/plain;charset=UTF-8", null, "h:1") != null);
        assertTrue(CrossSiteWriteFilter.refusal("PUT", auth, "text/turtle", "null", "h:1") != null);
    }

    // ---- logging (issue 12 item 10)

    @Test
    void oneLogLinePerRequestWithoutQueryTextAndNoFusekiChatter() {
        assertTrue(RequestLogFilter.LOG.isInfoEnabled());
        for (String fuseki : List.of("org.apache.jena.fuseki.Fuseki", "org.apache.jena.fuseki.Request",
                "org.apache.jena.fuseki.Server", "org.apache.jena.fuseki.Config"))
            assertFalse(org.slf4j.LoggerFactory.getLogger(fuseki).isInfoEnabled(), fuseki + " would log per request or at start");
        assertEquals("GET /kg/sparql 200 12 ms", RequestLogFilter.line("GET", "/kg/sparql", 200, 12));
        String longLine = RequestLogFilter.line("GET", "/id/" + "a".repeat(5000), 414, 1);
        assertTrue(longLine.length() < 260 && longLine.endsWith("…(5004 chars) 414 1 ms"), longLine);
    }

    // ---- 4. contract

    @Test
    void anonymousGraphStoreReadsWorkWithUpdate() throws Exception {
        String graph = URLEncoder.encode(ServeFixture.ARTICLE.getURI(), StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "kg/data?graph=" + graph))
                .header("Accept", "application/n-triples"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(ServeFixture.TO_LAM.getURI()));
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "kg/data?graph=" + graph))
                .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString("")));
        assertEquals(401, put.statusCode(), "anonymous writes still refused");
        String insert = "INSERT DATA { GRAPH <http://example.org/anon> { <http://example.org/s> <http://example.org/p> 1 } }";
        for (String path : List.of("kg", "kg/", "kg/update/", "kg//update", "kg/%75pdate", "kg/sparql", "kg/get", "kg/data")) {
            int status = send(post(base + path, "application/sparql-update", insert)).statusCode();
            assertTrue(status >= 400 && status != 500, "anonymous update at /" + path + ": " + status);
            int gsp = send(HttpRequest.newBuilder(URI.create(base + path + "?graph=http://example.org/anon"))
                    .header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 ."))).statusCode();
            assertTrue(gsp >= 400, "anonymous PUT at /" + path + ": " + gsp);
        }
        assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(ServeFixture.iri("http://example.org/anon"))), "nothing written");
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(ServeFixture.ARTICLE, ServeFixture.TO_LAM, Node.ANY, Node.ANY)));
    }
}
