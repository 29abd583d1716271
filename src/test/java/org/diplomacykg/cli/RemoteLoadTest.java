package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.store.RemoteGraphStore;
import org.diplomacykg.serve.ServeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code dkg load --endpoint}: the same load, into a running server over the Graph Store Protocol. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteLoadTest {
    private static final String ARTICLE = "000_dc28ce060877cb66";
    private Path dir;
    private DatasetGraph dsg;
    private KgServer server;
    private String endpoint;
    private Path clientPassword;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        dir = tmp;
        dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("store").toString());
        Path realm = Files.writeString(dir.resolve("realm"), "loader: s3cret\n");
        clientPassword = Files.writeString(dir.resolve("loader.password"), "s3cret\n");
        server = KgServer.start(dsg, ServeConfig.builder().port(0).timeout(Duration.ofSeconds(10)).update(true)
                .passwordFile(realm).adminArea(dir.resolve("fuseki")).build());
        endpoint = server.url() + "kg";
    }

    @AfterAll
    void stop() {
        server.close();
        TDBInternal.expel(dsg);
    }

    @Test
    void loadsIntoTheRunningServerThenSkipsTheUnchangedFileThenReplacesAChangedOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path article = Files.copy(Path.of("seeds", ARTICLE + ".txt"), in.resolve(ARTICLE + ".txt"));

        CliRun first = load(in.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("1 new, 0 replaced, 0 unchanged, 0 rejected"), first.out());
        assertTrue(served(KG.article(ARTICLE).asNode(), DIP.dateline.asNode(), KG.entity("place", "ha-noi").asNode()));
        assertTrue(served(KG.ontologyGraph(), Node.ANY, Node.ANY));

        CliRun again = load(in.toString());
        assertTrue(again.out().contains("0 new, 0 replaced, 1 unchanged"), again.out());

        Files.writeString(article, Files.readString(article).replace("HÀ NỘI", "VIENTIANE"));
        CliRun changed = load(in.toString());
        assertTrue(changed.out().contains("0 new, 1 replaced, 0 unchanged"), changed.out());
        assertTrue(served(KG.article(ARTICLE).asNode(), DIP.dateline.asNode(), KG.entity("place", "vientiane").asNode()));
        assertFalse(served(KG.article(ARTICLE).asNode(), DIP.dateline.asNode(), KG.entity("place", "ha-noi").asNode()));
    }

    @Test
    void theServerKeepsOnePreferredLabelPerResourceAfterEachGraphItReplaces() throws Exception {
        Node talks = KG.entity("event", "2025-12-talks-a-b").asNode();
        Node other = KG.entity("event", "2025-12-meeting-c").asNode();
        String password = RemoteGraphStore.readPasswordFile(clientPassword);
        try (RemoteGraphStore remote = RemoteGraphStore.connect(URI.create(endpoint), "loader", password)) {
            remote.replaceGraph(KG.article("remote-a").getURI(), labelled(talks, "Talks: A, B"));
            remote.replaceGraph(KG.article("remote-b").getURI(), labelled(talks, "Talks: A, B (2025-12-01)"));
            // two articles, one label each: the greater is preferred, the other an alternative
            assertEquals(List.of("Talks: A, B (2025-12-01)"), labels(talks, SKOS.prefLabel.asNode()));
            assertEquals(List.of("Talks: A, B"), labels(talks, SKOS.altLabel.asNode()));
            // article b now tells of something else: the talks keep a's label only
            remote.replaceGraph(KG.article("remote-b").getURI(), labelled(other, "Meeting: C"));
            assertEquals(List.of("Talks: A, B"), labels(talks, SKOS.prefLabel.asNode()));
            assertEquals(List.of(), labels(talks, SKOS.altLabel.asNode()));
            assertEquals(List.of("Meeting: C"), labels(other, SKOS.prefLabel.asNode()));
        }
        // a graph removed through the server takes the labels of what only it named along
        String basic = java.util.Base64.getEncoder().encodeToString(("loader:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpResponse<Void> deleted = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(URI.create(endpoint + "/data?graph=" + java.net.URLEncoder.encode(KG.article("remote-b").getURI(),
                        java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Basic " + basic).DELETE().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertTrue(deleted.statusCode() < 300, "DELETE answered " + deleted.statusCode());
        assertEquals(List.of(), labels(other, SKOS.prefLabel.asNode()));
        assertEquals(List.of("Talks: A, B"), labels(talks, SKOS.prefLabel.asNode()));
        // and the derived graph's counts of what it told (how many events depends on whether the
        // ontology graph, with the event types' rdfs:subClassOf, was loaded by an earlier test)
        assertEquals(List.of(), derived(KG.article("remote-b").asNode(), DIP.eventCount.asNode()));
        assertEquals(1, derived(KG.article("remote-a").asNode(), DIP.eventCount.asNode()).size());
    }

    /** The values of {@code p} of {@code s} in the server's derived graph. */
    private List<String> derived(Node s, Node p) {
        return Txn.calculateRead(dsg, () -> dsg.stream(KG.derivedGraph(), s, p, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).sorted().toList());
    }

    private static Graph labelled(Node event, String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(event, RDF.type.asNode(), DIP.Talks.asNode());
        g.add(event, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        return g;
    }

    /** The values of {@code p} of {@code s} in the server's labels graph. */
    private List<String> labels(Node s, Node p) {
        return Txn.calculateRead(dsg, () -> dsg.stream(KG.labelsGraph(), s, p, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).sorted().toList());
    }

    @Test
    void badInputIsRejectedAsInALocalLoadAndNothingOfItReachesTheServer() throws Exception {
        Path empty = Files.writeString(dir.resolve("blank.txt"), "");
        CliRun run = load(empty.toString(), "seeds/004_12d21b6b6f823ac9.txt");
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("dkg: " + empty + ": empty file", run.errLines()[0]);
        assertFalse(served(KG.article("blank").asNode(), Node.ANY, Node.ANY));
        assertTrue(served(KG.article("004_12d21b6b6f823ac9").asNode(), Node.ANY, Node.ANY));
    }

    @Test
    void aWrongPasswordIsOneLineAndExitOne() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.password"), "guess\n");
        CliRun run = CliRun.of("load", "--endpoint", endpoint, "--user", "loader", "--password-file", wrong.toString(),
                "seeds/001_355fb81d80dc29d6.txt");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].contains("refused the credentials"), run.err());
    }

    @Test
    void anUnreachableServerIsOneLineAndExitOne() {
        CliRun run = CliRun.of("load", "--endpoint", "http://127.0.0.1:9/kg", "--user", "loader", "--password-file",
                clientPassword.toString(), "seeds/001_355fb81d80dc29d6.txt");
        assertEquals(1, run.exitCode());
        assertTrue(run.errLines()[0].startsWith("dkg: Cannot reach"), run.err());
    }

    @Test
    void endpointWithoutCredentialsOrWithAStoreIsAUsageError() {
        assertEquals(2, CliRun.of("load", "--endpoint", endpoint, "seeds").exitCode());
        assertEquals(2, CliRun.of("load", "--endpoint", endpoint, "--user", "loader", "--password-file",
                clientPassword.toString(), "--store", dir.resolve("x").toString(), "seeds").exitCode());
    }

    private CliRun load(String... files) {
        String[] args = new String[7 + files.length];
        String[] head = {"load", "--endpoint", endpoint, "--user", "loader", "--password-file", clientPassword.toString()};
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(files, 0, args, head.length, files.length);
        return CliRun.of(args);
    }

    /** True when the server's store holds {@code graph} with a triple {@code (graph, p, o)}, or any triple for ANY. */
    private boolean served(Node graph, Node p, Node o) {
        Node subject = p == Node.ANY ? Node.ANY : graph;
        return Txn.calculateRead(dsg, () -> dsg.find(graph, subject, p, o).hasNext());
    }
}
