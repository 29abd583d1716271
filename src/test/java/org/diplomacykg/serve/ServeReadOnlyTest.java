package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.store.RemoteGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started without {@code --update}, opening the store itself, as {@code dkg serve} does. */
class ServeReadOnlyTest {
    /**
     * A refused write may be answered before its body is read, and Jetty then closes the
     * connection; a client that pooled it would fail the next request ("header parser received
     * no bytes"). Each request here therefore goes on a connection of its own.
     */
    final FreshConnections http = new FreshConnections();

    static final class FreshConnections {
        <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request, body);
        }
    }

    @Test
    void withoutUpdateNothingCanBeWrittenAndTheStoreIsReleasedOnClose(@TempDir Path dir) throws Exception {
        DatasetGraph setup = ServeFixture.createStore(dir);
        TDBInternal.expel(setup);
        Path store = dir.resolve("store");
        // The ontology comes from files here: drop its graph from the store and write it to ontology/.
        Path ontologyDir = Files.createDirectories(dir.resolve("ontology"));
        try (var out = Files.newOutputStream(ontologyDir.resolve("kg.ttl"))) {
            RDFDataMgr.write(out, ServeFixture.ontologyGraph(), Lang.TURTLE);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(dsg, () -> dsg.removeGraph(ServeFixture.iri(ServeFixture.BASE + "ontology")));
        TDBInternal.expel(dsg);

        ServeConfig cfg = ServeConfig.builder().store(store).port(0).ontologyDir(ontologyDir)
                .baseUrl(URI.create("https://kg.example.org/dkg/"))
                .articleDirs(List.of(ServeFixture.articlesDir(dir))).build();
        try (KgServer server = KgServer.start(cfg)) {
            String base = server.url().toString();
            assertTrue(base.startsWith("http://127.0.0.1:"), base);
            String graph = URLEncoder.encode(ServeFixture.BASE + "article/x", StandardCharsets.UTF_8);
            int update = http.send(HttpRequest.newBuilder(URI.create(base + "kg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(update >= 400 && update != 500, "no update service: " + update);
            int put = http.send(HttpRequest.newBuilder(URI.create(base + "kg/data?graph=" + graph))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(put >= 400 && put != 500, "GSP is read-only: " + put);
            int put2 = http.send(HttpRequest.newBuilder(URI.create(base + "kg?graph=" + graph))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(put2 >= 400 && put2 != 500, "dataset URL is read-only: " + put2);

            try (RemoteGraphStore remote = RemoteGraphStore.connect(server.datasetUrl(), "loader", "pw")) {
                var e = assertThrows(RemoteGraphStore.RemoteStoreException.class,
                        () -> remote.replaceGraph(ServeFixture.BASE + "article/x", ServeFixture.articleGraph()));
                assertTrue(e.getMessage().contains("--update"), e.getMessage());
            }

            String onto = http.send(HttpRequest.newBuilder(URI.create(base + "ontology")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(onto.contains("id=\"StateVisit\""), "ontology page from ontology/ files");
            HttpResponse<String> voidTtl = http.send(HttpRequest.newBuilder(URI.create(base + ".well-known/void")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(voidTtl.body().contains("<https://kg.example.org/dkg/kg/sparql>"), "--base-url names the public endpoint: " + voidTtl.body());
            String link = http.send(HttpRequest.newBuilder(URI.create(base + "id/person/to-lam")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Link").orElse("");
            assertTrue(link.startsWith("<https://kg.example.org/dkg/id/person/to-lam?format="), link);
            HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create(base + "browse/events")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(events.body().contains("State visit of Tô Lâm to Laos"));
        }
        DatasetGraph again = DatabaseMgr.connectDatasetGraph(store.toString());
        assertTrue(Txn.calculateRead(again, () -> again.contains(ServeFixture.ARTICLE, Node.ANY, Node.ANY, Node.ANY)));
        assertFalse(Txn.calculateRead(again, () -> again.containsGraph(ServeFixture.iri(ServeFixture.BASE + "article/x"))));
        TDBInternal.expel(again);
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        try (RemoteGraphStore remote = RemoteGraphStore.connect(URI.create("http://127.0.0.1:" + port + "/kg"), "loader", "pw")) {
            var e = assertThrows(RemoteGraphStore.RemoteStoreException.class,
                    () -> remote.replaceGraph(ServeFixture.ARTICLE.getURI(), ServeFixture.articleGraph()));
            assertTrue(e.status() <= 0 && e.getMessage().startsWith("Cannot reach"), e.status() + " " + e.getMessage());
        }
    }

    @Test
    void updateNeedsAPasswordFile() {
        var e = assertThrows(IllegalArgumentException.class, () -> ServeConfig.builder().update(true).build());
        assertTrue(e.getMessage().contains("--password-file"));
        assertThrows(IllegalArgumentException.class, () -> ServeConfig.builder().timeout(Duration.ZERO).build());
    }

    @Test
    void linksAreRelativeToThePage() {
        Links l = Links.forPath("/id/event/x", null);
        assertEquals("../../id/person/to-lam", l.href(ServeFixture.TO_LAM));
        assertEquals("../../ontology#StateVisit", l.href(ServeFixture.dip("StateVisit")));
        assertEquals("http://example.org/x", l.href(ServeFixture.iri("http://example.org/x")));
        assertEquals("browse/people", Links.forPath("/", null).local("browse/people"));
        assertEquals("./", Links.forPath("/", null).local(""));
        assertEquals(ServeFixture.TO_LAM, Links.iriForPath("/id/person/to-lam"));
        assertEquals("/article/a1", Links.pathFor(ServeFixture.evidenceNode(ServeFixture.VISIT_QUOTE)).orElseThrow());
    }

    @Test
    void formatNames() {
        assertEquals(RdfFormat.TURTLE, RdfFormat.byName("ttl").orElseThrow());
        assertEquals(RdfFormat.JSONLD, RdfFormat.byName("application/ld+json").orElseThrow());
        assertEquals(RdfFormat.RDFXML, RdfFormat.byName("RDF").orElseThrow());
        assertTrue(RdfFormat.byName("docx").isEmpty());
        assertTrue(CorsFilter.preflightAllowed("GET", null));
        assertFalse(CorsFilter.preflightAllowed("DELETE", null));
        assertFalse(CorsFilter.preflightAllowed("POST", "Authorization"));
    }
}
