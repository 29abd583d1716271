package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.store.RemoteGraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The running server over HTTP: content negotiation, pages, auth, timeout, VoID, dump, CORS, remote load. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeHttpTest {
    static final String USER = "loader";
    static final String PASSWORD = "s3cret-pw";

    Path dir;
    DatasetGraph dsg;
    KgServer server;
    String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        dir = tmp;
        dsg = ServeFixture.createStore(dir);
        Path pw = dir.resolve("passwd");
        Files.writeString(pw, USER + ": " + PASSWORD + "\n");
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("people.rq"), """
                #+ summary: Every person, with a label
                #+ description: >
                #+   The people with a preferred label (skos:prefLabel), one row per label.
                #+ tags: [people]
                #+ params: []
                PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?person ?name { ?person a dip:Person ; skos:prefLabel ?name }
                """);
        Files.writeString(queries.resolve("events-of.rq"), """
                #+ summary: The events a person took part in
                #+ description: >
                #+   Every event with the person among its participants; give a text to keep only
                #+   the events whose label contains it.
                #+ tags: [events, people]
                #+ params:
                #+   - name: person
                #+     type: iri
                #+     description: The person.
                #+     example: https://w3id.org/diplomacy-kg/id/person/to-lam
                #+   - name: text
                #+     type: string
                #+     description: Part of the event's label, any case.
                #+     example: visit
                PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?event ?label {
                  ?event dip:participant ?_person_iri ; rdfs:label ?label .
                  FILTER (CONTAINS(LCASE(?label), LCASE(COALESCE(?__text, ""))))
                }
                """);
        Files.writeString(queries.resolve("broken.rq"), """
                #+ summary: Does not parse
                SELECT ?x WHERE { ?x ?y }
                """);
        server = KgServer.start(dsg, ServeConfig.builder().port(0).timeout(Duration.ofSeconds(2))
                .update(true).passwordFile(pw).adminArea(dir.resolve("fuseki"))
                .articleDirs(List.of(ServeFixture.articlesDir(dir))).queriesDir(queries).build());
        base = server.url().toString();
    }

    @AfterAll
    void stop() {
        server.close();
        TDBInternal.expel(dsg);
    }

    // ---- helpers

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    static String path(Node iri) {
        return iri.getURI().substring(ServeFixture.BASE.length());
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    // ---- linked data

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML"})
    void everyFormatParsesBackToTheSameTriples(RdfFormat f) throws Exception {
        for (Node iri : List.of(ServeFixture.VISIT, ServeFixture.ARTICLE, ServeFixture.TO_LAM, ServeFixture.iri(ServeFixture.BASE + "ontology"))) {
            HttpResponse<String> reference = get(path(iri), "application/n-triples");
            HttpResponse<String> r = get(path(iri), f.mediaType());
            assertEquals(200, r.statusCode(), iri + " as " + f);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.mediaType()));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            String link = r.headers().firstValue("Link").orElse("");
            assertTrue(link.contains("rel=\"alternate\"") && link.contains("type=\"text/html\""), link);
            assertFalse(link.contains("type=\"" + f.mediaType() + "\""), "Link names only the other formats: " + link);
            Graph expected = parse(reference.body(), Lang.NTRIPLES);
            Graph actual = parse(r.body(), f.lang());
            assertFalse(expected.isEmpty());
            assertTrue(IsoMatcher.isomorphic(expected, actual), iri + " in " + f + " differs:\n" + r.body());
        }
    }

    @Test
    void resourceDescriptionHoldsItsTriplesAndEvidence() throws Exception {
        Graph g = parse(get(path(ServeFixture.VISIT), "text/turtle").body(), Lang.TURTLE);
        assertTrue(g.contains(ServeFixture.VISIT, ServeFixture.dip("participant"), ServeFixture.TO_LAM));
        assertTrue(g.contains(ServeFixture.evidenceNode(ServeFixture.VISIT_QUOTE), ServeFixture.dip("quote"), Node.ANY));
        Graph article = parse(get(path(ServeFixture.ARTICLE), "text/turtle").body(), Lang.TURTLE);
        assertTrue(IsoMatcher.isomorphic(ServeFixture.articleGraph(), article), "an article dereferences to its whole graph");
    }

    @Test
    void resourceDescriptionHoldsIncomingLinksAsPubbyDoes() throws Exception {
        Graph person = parse(get(path(ServeFixture.TO_LAM), "text/turtle").body(), Lang.TURTLE);
        assertTrue(person.contains(ServeFixture.VISIT, ServeFixture.dip("participant"), ServeFixture.TO_LAM),
                "the event that links to the person is in the person's RDF");
        assertFalse(person.contains(Node.ANY, ServeFixture.dip("participant"), ServeFixture.THONGLOUN),
                "links to others are not");
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<String> r = get(path(ServeFixture.TO_LAM) + "?format=ttl", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(400, get(path(ServeFixture.TO_LAM) + "?format=docx", null).statusCode());
        HttpResponse<String> json = get(path(ServeFixture.TO_LAM) + "?format=jsonld", null);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void browsersGetHtmlAndCurlGetsTurtle() throws Exception {
        String browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertTrue(get(path(ServeFixture.TO_LAM), browserAccept).headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(get(path(ServeFixture.TO_LAM), "*/*").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void unknownPathUnderTheOntologyGetsTheProjects404Page() throws Exception {
        HttpResponse<String> html = get("ontology/nope", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("https://w3id.org/diplomacy-kg/ontology/nope"), html.body());
        assertTrue(html.body().contains("browse"), html.body());
        HttpResponse<String> ttl = get("ontology/nope", "text/turtle");
        assertEquals(404, ttl.statusCode());
        assertTrue(ttl.body().contains("Not found"), ttl.body());
        assertEquals(200, get("ontology", "text/html").statusCode());
    }

    @Test
    void unknownIriIs404WithAHelpfulPage() throws Exception {
        HttpResponse<String> html = get("id/person/nobody-at-all", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("https://w3id.org/diplomacy-kg/id/person/nobody-at-all"));
        assertTrue(html.body().contains("browse"));
        HttpResponse<String> ttl = get("id/person/nobody-at-all", "text/turtle");
        assertEquals(404, ttl.statusCode());
        assertTrue(ttl.body().contains("Not found"));
    }

    @Test
    void eventPageShowsLabelsParticipantsAndEvidence() throws Exception {
        HttpResponse<String> r = get(path(ServeFixture.VISIT), "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>State visit of Tô Lâm to Laos</h1>"), html);
        assertTrue(html.contains(">State visit</a>"), "type shown by its label");
        assertTrue(html.contains("href=\"../../id/person/to-lam\""), "participant linked");
        assertTrue(html.contains(">Tô Lâm</a>"), "participant by label, not IRI");
        assertTrue(html.contains(ServeFixture.VISIT_QUOTE), "evidence quote");
        assertTrue(html.contains("href=\"../../article/a1#quote-"), "evidence links into the article");
        assertTrue(html.contains("Linked from"), "incoming links (the commitment made at it)");
        assertFalse(html.contains("cdn") || html.contains("<script src=\"http"), "no external CDN");
    }

    @Test
    void articlePageShowsTextWithFactsMarked() throws Exception {
        String html = get(path(ServeFixture.ARTICLE), "text/html").body();
        assertTrue(html.contains("<mark id=\"quote-"), html);
        assertTrue(html.contains(ServeFixture.COMMIT_QUOTE));
        assertTrue(html.contains("President Thongloun Sisoulith"), "the article text");
        assertTrue(html.contains("Extracted from this article"));
    }

    @Test
    void ontologyPageDocumentsEveryTerm() throws Exception {
        String html = get("ontology", "text/html").body();
        assertTrue(html.contains("id=\"StateVisit\""));
        assertTrue(html.contains("A visit by a head of state"));
        assertTrue(html.contains("id=\"participant\""));
        assertTrue(html.contains("The diplomacy ontology"));
    }

    @Test
    void ontologyPageStatesLicenceAuthorsVersionAndNamespaces() throws Exception {
        String html = get("ontology", "text/html").body();
        assertTrue(html.contains("<th>Licence</th>"), html);
        assertTrue(html.contains("href=\"https://creativecommons.org/licenses/by/4.0/\""), html);
        assertTrue(html.contains("<th>Authors</th><td>The diplomacy-kg project</td>"), html);
        assertTrue(html.contains("<th>Version</th><td>1.0.0</td>"), html);
        assertTrue(html.contains("<h2 id=\"namespaces\">Namespaces</h2>"), html);
        assertTrue(html.contains("<td>dip</td><td>https://w3id.org/diplomacy-kg/ontology#</td>"), html);
        assertTrue(html.contains("<td>skos</td><td>http://www.w3.org/2004/02/skos/core#</td>"), html);
    }

    @Test
    void landingAndBrowsePages() throws Exception {
        HttpResponse<String> r = get("", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Diplomacy knowledge graph"));
        assertTrue(r.body().contains("href=\"browse/people\""));
        assertTrue(r.body().contains("href=\"ui/#/dataset/kg/query\""));
        String timeline = get("browse/events", "text/html").body();
        assertTrue(timeline.contains("2025-12-01") && timeline.contains("State visit of Tô Lâm to Laos"), timeline);
        assertEquals(404, get("browse/nonsense", "text/html").statusCode());
    }

    // ---- saved queries

    @Test
    void landingPageListsTheSavedQueriesWithTheirSummaries() throws Exception {
        HttpResponse<String> r = get("", "text/html");
        assertEquals(200, r.statusCode(), "a file that does not parse does not break the page");
        String html = r.body();
        assertTrue(html.contains("<a href=\"queries/people\">people</a> — Every person, with a label"), html);
        assertTrue(html.contains("<a href=\"queries/events-of\">events-of</a> — The events a person took part in"), html);
        assertTrue(html.contains("<a href=\"queries/broken\">broken</a> <span class=\"muted\">(this file does not parse"), html);
    }

    @Test
    void parameterlessQueryShowsItsResults() throws Exception {
        HttpResponse<String> r = get("queries/people", "text/html");
        assertEquals(200, r.statusCode());
        String q = r.body();
        assertTrue(q.contains("<h1>people</h1>") && q.contains("Every person, with a label"), q);
        assertTrue(q.contains("The people with a preferred label"), "description shown");
        // every person the article names has one preferred label (the labels graph the server
        // derives for a store written without one)
        assertTrue(q.contains("Results (2)") && q.contains(">Tô Lâm</a>") && q.contains(">Thongloun Sisoulith</a>"),
                "query results rendered: " + q);
        assertFalse(q.contains("<form"), "no parameters, no form");
        assertTrue(q.contains("href=\"../ui/#/dataset/kg/query?query="), "run link opens the query editor");
    }

    @Test
    void queryWithARequiredParameterShowsTheFormThenTheResults() throws Exception {
        HttpResponse<String> form = get("queries/events-of", "text/html");
        assertEquals(200, form.statusCode());
        String html = form.body();
        assertTrue(html.contains("<form class=\"params\" method=\"get\" action=\"../queries/events-of\">"), html);
        assertTrue(html.contains("name=\"person\" placeholder=\"https://w3id.org/diplomacy-kg/id/person/to-lam\""), html);
        assertTrue(html.contains("name=\"text\" placeholder=\"visit\""), html);
        assertTrue(html.contains("Part of the event&#39;s label, any case.") && html.contains("iri, required")
                && html.contains("string, optional"), "meaning and type of each parameter");
        assertTrue(html.contains("Give a value for person"), html);
        assertFalse(html.contains("Results ("), "no table before the parameter is given");

        String person = URLEncoder.encode(ServeFixture.TO_LAM.getURI(), StandardCharsets.UTF_8);
        HttpResponse<String> run = get("queries/events-of?person=" + person + "&text=", "text/html");
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(run.body().contains("Results (1)") && run.body().contains(">State visit of Tô Lâm to Laos</a>"), run.body());
        assertTrue(run.body().contains("value=\"" + ServeFixture.TO_LAM.getURI() + "\""), "the form keeps the value");

        HttpResponse<String> prefixed = get("queries/events-of?person=id:person/to-lam&text=VISIT", "text/html");
        assertTrue(prefixed.body().contains("Results (1)"), "project prefixes and the optional text work: " + prefixed.body());
        HttpResponse<String> none = get("queries/events-of?person=id:person/to-lam&text=summit", "text/html");
        assertTrue(none.body().contains("Results (0)"), none.body());
    }

    @Test
    void injectionInALiteralParameterIsOnlyAString() throws Exception {
        long before = Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
        String attack = URLEncoder.encode("x\" } ; DROP ALL #", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("queries/events-of?person=id:person/to-lam&text=" + attack, "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Results (0)"), r.body());
        assertTrue(r.body().contains("value=\"x&quot; } ; DROP ALL #\""), "the value is shown escaped in the form");
        assertEquals(before, Txn.calculateRead(dsg, () -> Iter.count(dsg.find())), "the store is unchanged");
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(ServeFixture.ARTICLE, ServeFixture.VISIT, Node.ANY, Node.ANY)));
    }

    @Test
    void badParameterValuesAnswer400WithTheProblem() throws Exception {
        HttpResponse<String> r = get("queries/events-of?person=" + URLEncoder.encode("not an iri", StandardCharsets.UTF_8), "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<p class=\"error\">person: &#39;not an iri&#39; is not a valid IRI"), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at org."), "no stack trace");
        assertFalse(r.body().contains("Results ("));

        HttpResponse<String> unknown = get("queries/people?who=me", "text/html");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("query people has no parameter &#39;who&#39; (it takes none)"), unknown.body());
        HttpResponse<String> unknownBeforeRequired = get("queries/events-of?persn=x", "text/html");
        assertEquals(400, unknownBeforeRequired.statusCode());
        assertTrue(unknownBeforeRequired.body().contains("has no parameter &#39;persn&#39;"), unknownBeforeRequired.body());
    }

    @Test
    void unknownOrBrokenSavedQueries() throws Exception {
        assertEquals(404, get("queries/nonexistent", "text/html").statusCode());
        int traversal = get("queries/..%2Fpasswd", "text/html").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "Jetty refuses the encoded slash, else no such query: " + traversal);
        assertEquals(404, get("queries/", "text/html").statusCode());
        HttpResponse<String> broken = get("queries/broken", "text/html");
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("This query file does not parse:") && broken.body().contains("SPARQL syntax error"),
                broken.body());
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<String> r = get(".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        String v = VoidDescription.VOID;
        assertTrue(g.contains(Node.ANY, ServeFixture.iri(v + "sparqlEndpoint"), ServeFixture.iri(base + "kg/sparql")));
        assertTrue(g.contains(Node.ANY, ServeFixture.iri(v + "dataDump"), ServeFixture.iri(base + VoidDescription.DUMP_PATH)));
        assertTrue(g.contains(Node.ANY, ServeFixture.iri(v + "vocabulary"), ServeFixture.iri(ServeFixture.BASE + "ontology")));
        assertTrue(g.contains(Node.ANY, ServeFixture.iri(v + "class"), ServeFixture.dip("Person")));
        assertTrue(g.contains(Node.ANY, RDF.type.asNode(), ServeFixture.iri("http://www.w3.org/ns/dcat#Dataset")));
    }

    @Test
    void dumpIsTheWholeDatasetAsGzippedNQuads() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + VoidDescription.DUMP_PATH)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body()))).lang(Lang.NQUADS).parse(copy);
        long expected = Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
        assertEquals(expected, Iter.count(copy.find()));
        assertTrue(copy.contains(ServeFixture.ARTICLE, ServeFixture.VISIT, ServeFixture.dip("participant"), ServeFixture.TO_LAM));
    }

    // ---- SPARQL, auth, timeout

    @Test
    void queriesAnswerAnonymouslyOverTheUnionOfArticleGraphs() throws Exception {
        String q = URLEncoder.encode("ASK { <" + ServeFixture.VISIT.getURI() + "> ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("kg/sparql?query=" + q, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + "kg/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o } LIMIT 1")));
        assertEquals(200, post.statusCode());
    }

    @Test
    void updateAndGraphStoreWriteNeedCredentials() throws Exception {
        String graph = ServeFixture.BASE + "article/update-test";
        String update = "INSERT DATA { GRAPH <" + graph + "> { <" + graph + "> a <" + ServeFixture.NS + "Article> } }";
        HttpRequest.Builder upd = HttpRequest.newBuilder(URI.create(base + "kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        assertEquals(401, send(upd).statusCode());
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "kg/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> <http://example.org/o> ."));
        assertEquals(401, send(put).statusCode());
        assertEquals(401, send(put.copy().header("Authorization", basic(USER, "wrong"))).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(base + "kg/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8))).DELETE()).statusCode());
        assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(ServeFixture.iri(graph))), "nothing was written");

        int ok = send(upd.copy().header("Authorization", basic(USER, PASSWORD))).statusCode();
        assertTrue(ok / 100 == 2, "update accepted: " + ok);
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(ServeFixture.iri(graph), ServeFixture.iri(graph), RDF.type.asNode(), Node.ANY)));
        int put2 = send(put.copy().header("Authorization", basic(USER, PASSWORD))).statusCode();
        assertTrue(put2 / 100 == 2, "GSP PUT accepted: " + put2);
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(ServeFixture.iri(graph), ServeFixture.iri("http://example.org/s"), Node.ANY, Node.ANY)));
        assertFalse(Txn.calculateRead(dsg, () -> dsg.contains(ServeFixture.iri(graph), ServeFixture.iri(graph), Node.ANY, Node.ANY)), "PUT replaced the graph");
    }

    @Test
    void slowQueryIsStoppedAtTheTimeout() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(slow)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 15_000, "stopped near the 2 s timeout, took " + ms + " ms");
        assertEquals(200, get("$/ping", null).statusCode(), "server still answers");
    }

    // ---- remote load

    @Test
    void remoteLoadReplacesAnArticleGraph() throws Exception {
        String g2 = ServeFixture.BASE + "article/a2";
        Node a2 = ServeFixture.iri(g2);
        Graph first = GraphFactory.createDefaultGraph();
        first.add(a2, RDF.type.asNode(), ServeFixture.dip("Article"));
        first.add(a2, RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("first version"));
        Graph second = GraphFactory.createDefaultGraph();
        second.add(a2, RDF.type.asNode(), ServeFixture.dip("Article"));
        second.add(a2, RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("second version"));

        try (RemoteGraphStore remote = RemoteGraphStore.connect(server.datasetUrl(), USER, PASSWORD)) {
            remote.replaceGraph(g2, first);
            remote.replaceGraph(g2, second);
            assertTrue(IsoMatcher.isomorphic(second, remote.fetchGraph(g2)));
        }
        Graph served = parse(get("article/a2", "application/n-triples").body(), Lang.NTRIPLES);
        assertTrue(IsoMatcher.isomorphic(second, served), "the graph was replaced, not merged");
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(ServeFixture.ARTICLE, ServeFixture.VISIT, Node.ANY, Node.ANY)), "other graphs untouched");

        try (RemoteGraphStore wrong = RemoteGraphStore.connect(server.datasetUrl(), USER, "not-the-password")) {
            var e = assertThrows(RemoteGraphStore.RemoteStoreException.class, () -> wrong.replaceGraph(g2, first));
            assertEquals(401, e.status());
        }
        try (RemoteGraphStore anonymous = RemoteGraphStore.connect(server.datasetUrl(), null, null)) {
            assertEquals(401, assertThrows(RemoteGraphStore.RemoteStoreException.class, () -> anonymous.replaceGraph(g2, first)).status());
        }
    }

    // ---- admin, UI, CORS

    @Test
    void pingMetricsAndAdminFromLocalhost() throws Exception {
        assertEquals(200, get("$/ping", null).statusCode());
        HttpResponse<String> metrics = get("$/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("fuseki"), "Prometheus text");
        HttpResponse<String> datasets = get("$/datasets", "application/json");
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("/kg"));
    }

    @Test
    void adminRule() {
        assertEquals(AdminAccessFilter.Access.OPEN, AdminAccessFilter.access("GET", "/$/ping"));
        assertEquals(AdminAccessFilter.Access.OPEN, AdminAccessFilter.access("GET", "/$/metrics"));
        assertEquals(AdminAccessFilter.Access.OPEN, AdminAccessFilter.access("GET", "/$/datasets"));
        assertEquals(AdminAccessFilter.Access.OPEN, AdminAccessFilter.access("GET", "/$/stats/kg"));
        assertEquals(AdminAccessFilter.Access.NEVER, AdminAccessFilter.access("POST", "/$/datasets"));
        assertEquals(AdminAccessFilter.Access.NEVER, AdminAccessFilter.access("DELETE", "/$/datasets/kg"));
        assertEquals(AdminAccessFilter.Access.ADMIN, AdminAccessFilter.access("POST", "/$/backup/kg"));
        assertEquals(AdminAccessFilter.Access.ADMIN, AdminAccessFilter.access("POST", "/$/compact/kg"));
    }

    @Test
    void fusekiUiIsServedUnderUi() throws Exception {
        HttpResponse<String> ui = get("ui/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki UI"));
        HttpResponse<String> api = get("ui/$/server", null);
        assertEquals(307, api.statusCode());
        assertEquals("/$/server", api.headers().firstValue("Location").orElse(""));
        assertEquals(200, get("$/server", "application/json").statusCode());
    }

    @Test
    void corsAllowsAnyOriginToReadButNeverWithCredentials() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path(ServeFixture.TO_LAM)))
                .header("Origin", "https://example.org").header("Accept", "text/turtle").GET());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Link"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<String> preflightPost = send(HttpRequest.newBuilder(URI.create(base + "kg/sparql"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals("*", preflightPost.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

        HttpResponse<String> preflightPut = send(HttpRequest.newBuilder(URI.create(base + "kg/data"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflightPut.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "PUT not allowed cross-origin");

        HttpResponse<String> preflightAuth = send(HttpRequest.newBuilder(URI.create(base + "kg/update"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflightAuth.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "Authorization not allowed cross-origin");

        HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create(base + "$/datasets"))
                .header("Origin", "https://example.org").GET());
        assertNull(admin.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "no CORS on admin");
        assertNotEquals(0, admin.statusCode());
    }
}
