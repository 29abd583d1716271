package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.atlas.iterator.Iter;
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
 * Issue 11 item 3 in a real browser. A page on another origin (the same loopback address, another
 * port) holds a form that submits itself, on load, to {@code /kg/update} of a server started with
 * {@code --update}; the form's action carries the loader's credentials
 * ({@code http://user:password@127.0.0.1:PORT/kg/update}), so Chromium answers the server's Basic
 * challenge with them, as it would for credentials it remembers from a login. Each form type a
 * page can send is refused (403, the browser shows the one-line reason) and the store keeps every
 * quad it had; the same update sent as a client sends it ({@code application/sparql-update} with
 * an {@code Authorization} header, as {@code curl} does) is applied.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteFormChromiumTest {
    static final String USER = "loader";
    static final String PASSWORD = "s3cret-pw";
    static final Node EVIL_GRAPH = ServeFixture.iri("http://example.org/evil");
    static final String INSERT = "INSERT DATA { GRAPH <http://example.org/evil> { <http://example.org/s> <http://example.org/p> 1 } }";

    HeadlessChromium chromium;
    DatasetGraph dsg;
    KgServer server;
    HttpServer otherSite;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        chromium = HeadlessChromium.require(dir);
        dsg = ServeFixture.createStore(dir);
        Path pw = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        server = KgServer.start(dsg, ServeConfig.builder().port(0).update(true).passwordFile(pw)
                .adminArea(dir.resolve("fuseki")).articleDirs(List.of(ServeFixture.articlesDir(dir))).build());
        String action = "http://" + USER + ":" + PASSWORD + "@127.0.0.1:" + server.port() + "/kg/update";
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (Map.Entry<String, String> page : attackPages(action).entrySet())
            otherSite.createContext("/" + page.getKey(), exchange -> {
                byte[] html = page.getValue().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, html.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(html);
                }
            });
        otherSite.start();
    }

    @AfterAll
    void stop() {
        if (otherSite != null)
            otherSite.stop(0);
        if (server != null)
            server.close();
        if (dsg != null)
            TDBInternal.expel(dsg);
    }

    /** One self-submitting form per encoding a plain HTML form can use. */
    static Map<String, String> attackPages(String action) {
        String urlencoded = "<input type=hidden name=update value=\"" + INSERT + "\">";
        // text/plain sends "name=value": the name carries the update, the value hides in a comment
        String plain = "<input type=hidden name=\"" + INSERT + " #\" value=\"\">";
        return Map.of(
                "urlencoded", page(action, "application/x-www-form-urlencoded", urlencoded),
                "plain", page(action, "text/plain", plain),
                "multipart", page(action, "multipart/form-data", urlencoded));
    }

    private static String page(String action, String enctype, String fields) {
        return "<!doctype html><html><body onload=\"document.forms[0].submit()\">"
                + "<form method=POST action=\"" + action + "\" enctype=\"" + enctype + "\">" + fields + "</form>"
                + "</body></html>";
    }

    @Test
    void aSelfSubmittingFormOnAnotherOriginWritesNothing() throws Exception {
        long before = quads();
        for (String form : List.of("urlencoded", "plain", "multipart")) {
            String dom = chromium.dumpDom("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/" + form);
            assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(EVIL_GRAPH)), form + ": graph written");
            assertEquals(before, quads(), form + ": the store changed");
            // the reason is only given to a request that carried the credentials: the browser did send them
            assertTrue(dom.contains("A write with credentials cannot be sent as"), form + ": the browser shows " + dom);
        }
    }

    @Test
    void theSameUpdateFromAClientWithItsOwnHeaderIsApplied() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder update = HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", auth)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(INSERT.replace("/evil", "/client")));
        HttpResponse<String> r = HttpClient.newHttpClient().send(update.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
        Node client = ServeFixture.iri("http://example.org/client");
        assertTrue(Txn.calculateRead(dsg, () -> dsg.containsGraph(client)));
        Txn.executeWrite(dsg, () -> dsg.removeGraph(client));
    }

    private long quads() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }
}
