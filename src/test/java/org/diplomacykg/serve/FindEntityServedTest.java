package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.ArticleGraph;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** find-entity through {@code dkg serve}: its answers come from the text index, which SPARQL Update keeps in step. */
class FindEntityServedTest {
    private static final String USER = "loader";
    private static final String PASSWORD = "pw-find-entity";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private String get(KgServer server, String name) throws Exception {
        URI uri = server.url().resolve("api/find-entity?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&format=csv");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private int update(KgServer server, String update) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(server.url().resolve("kg/update")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-update").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theServerFindsNamesWithoutAccentsAndUpdatesKeepTheIndexInStep() throws Exception {
        Path pw = dir.resolve("passwd");
        Files.writeString(pw, USER + ": " + PASSWORD + "\n");
        Node haLong = KG.entity("place", "ha-long-bay").asNode();
        Node article = KG.article("a").asNode();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, RDF.type.asNode(), DIP.Article.asNode());
        g.add(article, DIP.contentHash.asNode(), NodeFactory.createLiteralString("hash-a"));
        g.add(article, DIP.mentions.asNode(), haLong);
        g.add(haLong, RDF.type.asNode(), DIP.Place.asNode());
        g.add(haLong, RDFS.label.asNode(), NodeFactory.createLiteralString("Vịnh Hạ Long"));
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(new ArticleGraph(article, "hash-a", g, "a.txt")).iterator());
            try (KgServer server = KgServer.start(store.dataset(), ServeConfig.builder().port(0).host("127.0.0.1")
                    .update(true).passwordFile(pw).adminArea(dir.resolve("fuseki")).build())) {
                assertTrue(get(server, "VINH HA LONG").contains(haLong.getURI()));
                assertTrue(get(server, "Lào (Laos)").lines().count() <= 1, "a header and no row, not an error");

                String other = KG.article("b").getURI();
                String daLat = KG.entity("place", "da-lat").getURI();
                String insert = "INSERT DATA { GRAPH <" + other + "> { <" + other + "> <" + DIP.mentions.getURI() + "> <" + daLat
                        + "> . <" + daLat + "> <" + RDFS.label.getURI() + "> \"Đà Lạt\" } }";
                assertEquals(2, update(server, insert) / 100);
                assertTrue(get(server, "da lat").contains(daLat), "a name written by SPARQL Update is found");
                assertEquals(2, update(server, "DROP GRAPH <" + other + ">") / 100);
                assertFalse(get(server, "da lat").contains(daLat), "a dropped graph's names are not found");
            }
        }
    }
}
