package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.diplomacykg.query.FixtureStore;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dkg query} as a black box: exit codes, one-line errors, formats, and a remote endpoint. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static Path storeDir;
    static KgStore store;
    static FusekiServer server;
    static String endpoint;

    /** What one run printed, and its exit code. */
    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void setUp() {
        storeDir = dir.resolve("store");
        store = FixtureStore.build(storeDir);
        server = FusekiServer.create().port(0).loopback(true).add("/kg", store.dataset()).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/kg";
    }

    @AfterAll
    static void tearDown() {
        if (server != null) {
            server.stop();
        }
    }

    static Run dkg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = DkgMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run local(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = storeDir.toString();
        return dkg(all);
    }

    static void assertUsageError(Run r, String expected) {
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void tableByName() {
        Run r = local("timeline", "--format", "table");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("date"), r.out());
        assertTrue(r.out().contains("Talks between Tô Lâm and Thongloun Sisoulith"), r.out());
        assertTrue(r.out().strip().endsWith("(3 rows)"), r.out());
    }

    @Test
    void sparqlResultFormats() {
        assertTrue(local("targets", "-f", "csv").out().startsWith("metric,amount,currency"));
        assertTrue(local("targets", "-f", "tsv").out().startsWith("?metric\t?amount"));
        assertTrue(local("targets", "-f", "json").out().contains("\"10000000000\""));
        assertTrue(local("targets", "-f", "xml").out().contains("<sparql"));
        // not a terminal: tab-separated by default
        assertTrue(local("targets").out().startsWith("?metric\t"));
    }

    @Test
    void rdfFormatsForConstruct() {
        Run ttl = local("entity-card", "-p", "entity=https://w3id.org/diplomacy-kg/id/person/to-lam");
        assertEquals(0, ttl.code(), ttl.err());
        assertTrue(ttl.out().contains("dip:participant"), ttl.out());
        Run jsonld = local("entity-card", "-p", "entity=https://w3id.org/diplomacy-kg/id/person/to-lam", "-f", "jsonld");
        assertTrue(jsonld.out().contains("@context"), jsonld.out());
        assertUsageError(local("entity-card", "-p", "entity=https://w3id.org/diplomacy-kg/id/person/to-lam", "-f", "csv"),
                "use turtle or jsonld");
        assertUsageError(local("timeline", "-f", "turtle"), "use table, csv, tsv, json or xml");
    }

    @Test
    void anyQueryFileAndAsk(@TempDir Path tmp) throws IOException {
        Path ask = tmp.resolve("ask.rq");
        Files.writeString(ask, "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>\nASK { ?c a dip:Commitment }\n");
        Run r = local(ask.toString(), "-f", "table");
        assertEquals("true", r.out().strip());
        assertTrue(local(ask.toString(), "-f", "json").out().contains("\"boolean\" : true"));
    }

    @Test
    void formatNamesIgnoreCase() {
        Run r = local("targets", "--format", "CSV");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("metric,amount,currency"), r.out());
        assertTrue(local("targets", "-f", "Json").out().contains("\"10000000000\""));
    }

    @Test
    void jenaStyleAliases() {
        Run r = dkg("query", "targets", "--results", "csv", "--loc", storeDir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("metric,amount,currency"), r.out());
    }

    @Test
    void badFormatIsOneLineUsageError() {
        Run r = local("targets", "--format", "excel");
        assertUsageError(r, "but was 'excel'");
        assertTrue(r.err().startsWith("dkg query: "), r.err());
        assertTrue(r.err().contains("dkg query --help"), r.err());
        assertTrue(r.err().contains("option '--format'"), "named as the user wrote it: " + r.err());
    }

    @Test
    void unknownIriParameterSaysItMatchedNothing() {
        Run r = local("person-meetings", "--param", "person=id:person/nobody-at-all", "-f", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().lines().count(), "header only: " + r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--param person: https://w3id.org/diplomacy-kg/id/person/nobody-at-all matches nothing"),
                r.err());
        Run known = local("person-meetings", "--param", "person=id:person/to-lam", "-f", "csv");
        assertTrue(known.err().isBlank(), known.err());
    }

    @Test
    void list() {
        Run r = dkg("query", "--list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("timeline"), r.out());
        assertTrue(r.out().contains("Timeline of events between two countries"));
        assertTrue(r.out().contains("--param country1=IRI (default https://w3id.org/diplomacy-kg/id/country/viet-nam)"));
        assertTrue(r.out().contains("--param name=STRING (required)"));
    }

    @Test
    void limit() {
        assertTrue(local("timeline", "-f", "table", "--limit", "1").out().strip().endsWith("(1 row)"));
    }

    @Test
    void unknownParameter() {
        assertUsageError(local("timeline", "--param", "colour=red"), "query timeline has no parameter 'colour'");
    }

    @Test
    void missingRequiredParameter() {
        assertUsageError(local("person-meetings"), "needs --param person");
    }

    @Test
    void unknownQueryNameSuggestsTheNearest() {
        assertUsageError(local("timelime"), "did you mean 'timeline'?");
    }

    @Test
    void syntaxErrorNamesFileLineColumn(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "#+ summary: broken\nSELECT ?x\nWHERE { ?x ?y }\n");
        assertUsageError(local(bad.toString()), bad + ":3:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://w3id.org/diplomacy-kg/id/person/to lam", "https://w3id.org/x>", "to-lam"})
    void badIriParameterIsAUsageError(String value) {
        assertUsageError(local("person-meetings", "--param", "person=" + value), "--param person:");
    }

    @Test
    void injectionReturnsNothingAndChangesNothing() {
        long before = store.quadCount();
        Run r = local("find-entity", "--param", "name=x\" } ; DROP ALL #", "-f", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().lines().count(), "header only: " + r.out());
        Run roles = local("roles", "--param", "role=}} DELETE WHERE { ?s ?p ?o } #", "-f", "csv");
        assertEquals(0, roles.code(), roles.err());
        assertEquals(1, roles.out().strip().lines().count(), roles.out());
        assertEquals(before, store.quadCount());
    }

    @Test
    void missingStoreIsInputRejected() {
        Run r = dkg("query", "timeline", "--store", dir.resolve("nothing-here").toString());
        assertEquals(ExitCodes.INPUT_REJECTED, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("nothing-here")), "a query never creates a store");
    }

    @Test
    void storeAndEndpointExcludeEachOther() {
        Run r = dkg("query", "timeline", "--store", storeDir.toString(), "--endpoint", endpoint);
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void endpointGivesTheSameAnswerAsTheStore() {
        Run remote = dkg("query", "timeline", "-f", "csv", "--endpoint", endpoint);
        assertEquals(0, remote.code(), remote.err());
        assertEquals(local("timeline", "-f", "csv").out(), remote.out());
        Run find = dkg("query", "find-entity", "-p", "name=vung ang", "-f", "table", "--endpoint", endpoint);
        assertTrue(find.out().contains("Vũng Áng"), find.out());
        Run card = dkg("query", "entity-card", "-p", "entity=https://w3id.org/diplomacy-kg/id/person/to-lam",
                "--endpoint", endpoint);
        assertTrue(card.out().contains("dip:participant"), card.out());
    }

    @Test
    void unreachableEndpointIsAFailure() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = dkg("query", "timeline", "--endpoint", "http://localhost:" + port + "/kg");
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertTrue(r.err().contains("cannot connect to endpoint"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void silentEndpointTimesOut() throws IOException {
        // accepts the connection, never answers
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread t = new Thread(() -> {
                try {
                    silent.accept();
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            t.setDaemon(true);
            t.start();
            Run r = dkg("query", "timeline", "--timeout", "1", "--endpoint", "http://localhost:" + silent.getLocalPort() + "/kg");
            assertEquals(ExitCodes.FAILURE, r.code(), r.err());
            assertTrue(r.err().contains("no answer from endpoint"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void httpErrorIsAFailure() {
        Run r = dkg("query", "timeline", "--endpoint", "http://localhost:" + server.getHttpPort() + "/no-such-dataset");
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertTrue(r.err().contains("answered HTTP 404"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void endpointMustBeHttp() {
        assertUsageError(dkg("query", "timeline", "--endpoint", "ftp://example.org/kg"), "not an http(s) URL");
    }
}
