package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11 item 2, parsing and planning inside the timeout: queries under the 1 MB request limit
 * whose plan Fuseki could not finish (it overflowed its stack after running past the timeout)
 * are refused with 400 and one line after a bounded parse; a parse that outlasts the time allowed
 * is stopped with 503; ordinary queries, the saved ones and a megabyte of VALUES data still run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanLimitTest {
    static final long NO_HURRY = Long.MAX_VALUE / 4;

    DatasetGraph dsg;
    DatasetGraph hastyDsg;
    KgServer server;
    KgServer hastyServer;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        dsg = ServeFixture.createStore(dir.resolve("a"));
        hastyDsg = ServeFixture.createStore(dir.resolve("b"));   // the timeout is set on the dataset
        server = KgServer.start(dsg, ServeConfig.builder().port(0).timeout(Duration.ofSeconds(10))
                .adminArea(dir.resolve("fuseki")).build());
        hastyServer = KgServer.start(hastyDsg, ServeConfig.builder().port(0).timeout(Duration.ofMillis(100))
                .adminArea(dir.resolve("fuseki-hasty")).build());
    }

    @AfterAll
    void stop() {
        hastyServer.close();
        server.close();
        TDBInternal.expel(dsg);
        TDBInternal.expel(hastyDsg);
    }

    /** A SELECT whose pattern repeats {@code part(i)} until the text is {@code bytes} long. */
    static String query(int bytes, String head, IntFunction<String> part, String tail) {
        StringBuilder b = new StringBuilder("SELECT * WHERE { ").append(head);
        for (int i = 1; b.length() < bytes; i++)
            b.append(part.apply(i));
        return b.append(tail).append(" }").toString();
    }

    static String shape(String name, int bytes) {
        return switch (name) {
            case "optional-chain" -> query(bytes, "?s <http://p> ?o ", i -> "OPTIONAL { ?s <http://q" + i + "> ?o" + i + " } ", "");
            case "filters" -> query(bytes, "?s ?p ?x ", i -> "FILTER(?x != " + i + ") ", "");
            case "unions" -> query(bytes, "{ ?s <http://p> 0 }", i -> " UNION { ?s <http://p> " + i + " }", "");
            case "long-sum" -> query(bytes, "?s ?p ?x FILTER(?x = 1", i -> " + 1", ")");
            case "path-alternatives" -> query(bytes, "?s <http://p0>", i -> "|<http://p" + i + ">", " ?o");
            case "triple-patterns" -> query(bytes, "", i -> "?s <http://p" + i + "> ?o" + i + " . ", "");
            case "nested-groups" -> "SELECT * WHERE { " + "{ ".repeat(bytes / 4) + "?s ?p ?o" + " }".repeat(bytes / 4) + " }";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"optional-chain", "filters", "unions", "long-sum", "path-alternatives", "triple-patterns", "nested-groups"})
    void aQueryTooLargeOrTooDeepToPlanIsRefused(String name) {
        QueryShapeCheck.Refusal r = QueryShapeCheck.refusal(shape(name, 200_000), System.nanoTime() + NO_HURRY, QueryShapeCheck.MAX_PARTS);
        assertTrue(r != null && r.verdict() != QueryShapeCheck.Verdict.TIMED_OUT, name + ": " + r);
    }

    @Test
    void ordinaryQueriesAndDataPass() throws IOException {
        long later = System.nanoTime() + NO_HURRY;
        try (Stream<Path> saved = Files.list(Path.of("queries"))) {
            for (Path rq : saved.filter(p -> p.toString().endsWith(".rq")).toList())
                assertNull(QueryShapeCheck.refusal(Files.readString(rq), later, QueryShapeCheck.MAX_PARTS), rq.toString());
        }
        assertNull(QueryShapeCheck.refusal(values(1_000_000), later, QueryShapeCheck.MAX_PARTS), "a megabyte of VALUES is data");
        assertNull(QueryShapeCheck.refusal("SELECT * WHERE { ?s ?p }", later, QueryShapeCheck.MAX_PARTS), "syntax errors are Fuseki's to report");
        assertNull(QueryShapeCheck.refusal(shape("optional-chain", 8_000), later, QueryShapeCheck.MAX_PARTS), "200 OPTIONALs are allowed");
    }

    @Test
    void aParseThatOutlastsItsTimeIsStopped() {
        QueryShapeCheck.Refusal r = QueryShapeCheck.refusal(values(100_000), System.nanoTime() - 1, QueryShapeCheck.MAX_PARTS);
        assertEquals(QueryShapeCheck.Verdict.TIMED_OUT, r.verdict());
    }

    static String values(int bytes) {
        return query(bytes, "VALUES ?x { ", i -> "<http://example.org/" + i + "> ", "} ?x ?p ?o");
    }

    // ---- over HTTP

    static HttpResponse<String> post(KgServer s, String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void overHttpAMegabyteChainOfOptionalsGets400InOneLineAndTheServerGoesOn() throws Exception {
        HttpResponse<String> refused = post(server, shape("optional-chain", 1_000_000));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().strip().startsWith("Query too large to plan: more than 2000 "), refused.body());
        assertEquals(1, refused.body().strip().lines().count(), refused.body());
        assertEquals(200, post(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").statusCode());
        HttpResponse<String> data = post(server, values(1_000_000));
        assertEquals(200, data.statusCode(), "a megabyte of VALUES still runs");
        String get = server.url() + "kg/sparql?query=" + URLEncoder.encode(shape("filters", 50_000), StandardCharsets.UTF_8);
        HttpResponse<String> viaGet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(get)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, viaGet.statusCode(), "the same check on GET");
    }

    @Test
    void overHttpAParseLongerThanTheTimeoutGets503() throws Exception {
        HttpResponse<String> slow = post(hastyServer, values(1_000_000));
        assertEquals(503, slow.statusCode(), slow.body());
        assertTrue(slow.body().contains("Query timed out: parsing it took longer than the server's limit."), slow.body());
    }
}
