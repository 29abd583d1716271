package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSetFactory;
import org.diplomacykg.cli.DkgMain;
import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved queries as a web API ({@code /api/NAME}) on the store built from the seeds: every
 * query gives, in every format, the same bytes as {@code dkg query} with the same parameters;
 * the OpenAPI description lists every query and parameter; bad values answer 400 in one line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiTest {
    static final SavedQueries CATALOGUE = SavedQueries.fromDirectory(Path.of("queries"));
    final HttpClient http = HttpClient.newHttpClient();
    KgServer server;

    @BeforeAll
    void start(@TempDir Path tmp) {
        server = KgServer.start(SeedSite.store().dataset(), SeedSite.config(tmp.resolve("fuseki")).build());
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.close();
    }

    record Answer(int status, String type, String body) {}

    Answer get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(pathAndQuery));
        if (accept != null)
            b.header("Accept", accept);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** The example of every parameter that has one: the values a reader of the API page tries first. */
    static Map<String, String> examples(SavedQuery q) {
        Map<String, String> out = new LinkedHashMap<>();
        for (QueryParam p : q.params())
            if (p.example() != null && (p.mustBeGiven() || p.defaultValue() == null))
                out.put(p.name(), p.example());
        return out;
    }

    static String queryString(Map<String, String> params, String format) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        parts.add("format=" + format);
        return "?" + String.join("&", parts);
    }

    static String dkgQuery(String name, Map<String, String> params, String format) {
        List<String> args = new ArrayList<>(List.of("query", name, "--store", SeedSite.storeDir().toString(), "--format", format));
        params.forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = DkgMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        assertEquals(0, code, () -> "dkg " + String.join(" ", args) + ": " + err);
        return out.toString();
    }

    @Test
    void everySavedQueryInEveryFormatEqualsDkgQuery() throws Exception {
        int withRows = 0;
        for (String name : CATALOGUE.names()) {
            SavedQuery q = CATALOGUE.get(name);
            Map<String, String> params = examples(q);
            boolean graph = q.query().isConstructType() || q.query().isDescribeType();
            for (String format : graph ? List.of("turtle", "jsonld") : List.of("csv", "tsv", "json", "xml")) {
                Answer api = get("api/" + name + queryString(params, format), null);
                assertEquals(200, api.status(), name + " " + format + ": " + api.body());
                assertEquals(dkgQuery(name, params, format), api.body(), name + " as " + format + " with " + params);
                if (format.equals("csv") && api.body().lines().count() > 1)
                    withRows++;
            }
        }
        // equal empty answers would prove little: most examples must find something in the seeds
        assertTrue(withRows >= CATALOGUE.names().size() - 4, "queries whose example finds rows: " + withRows);
    }

    @Test
    void acceptHeaderChoosesTheFormatAndFormatParameterWins() throws Exception {
        Answer csv = get("api/person-meetings?person=id:person/to-lam", "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.type().startsWith("text/csv"), csv.type());
        assertTrue(csv.body().startsWith("date,type,"), csv.body());
        Answer xml = get("api/person-meetings?person=id:person/to-lam", "application/sparql-results+xml");
        assertTrue(xml.type().startsWith("application/sparql-results+xml"), xml.type());
        int rows = ResultSetFactory.fromXML(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)))
                .rewindable().size();
        assertEquals(csv.body().strip().lines().count() - 1, rows, "the same rows in XML as in CSV");
        Answer plain = get("api/person-meetings?person=id:person/to-lam", null);
        assertTrue(plain.type().startsWith("application/sparql-results+json"), "JSON when nothing is asked: " + plain.type());
        Answer forced = get("api/person-meetings?person=id:person/to-lam&format=TSV", "text/csv");
        assertTrue(forced.type().startsWith("text/tab-separated-values"), "?format= over Accept: " + forced.type());
        Answer card = get("api/entity-card?entity=id:person/to-lam", "application/ld+json");
        assertEquals(200, card.status(), card.body());
        assertTrue(card.type().startsWith("application/ld+json") && card.body().contains("Tô Lâm"), card.body());
    }

    @Test
    void badRequestsAnswerOneLine() throws Exception {
        assertOneLine(get("api/person-meetings?person=not%20an%20iri", null), 400, "person:");
        assertOneLine(get("api/person-meetings?person=id:person/to-lam&colour=red", null), 400, "no parameter 'colour'");
        assertOneLine(get("api/person-meetings?person=id:person/to-lam&person=id:person/thongloun-sisoulith", null), 400,
                "given more than once");
        assertOneLine(get("api/person-meetings", null), 400, "needs person");
        assertOneLine(get("api/person-meetings?person=id:person/to-lam&format=excel", null), 400, "format 'excel'");
        assertOneLine(get("api/person-meetings?person=id:person/to-lam&format=turtle", null), 400, "does not fit");
        assertOneLine(get("api/person-meetings?person=id:person/to-lam", "image/png"), 406, "Accept");
        assertOneLine(get("api/no-such-query", null), 404, "no saved query 'no-such-query'");
    }

    /**
     * A listing comes a page at a time: limit and offset choose it, Link headers lead to the next
     * and previous pages, and the pages read in turn are the default page's rows in its order.
     */
    @Test
    void listingsComeAPageAtATimeWithLinksToTheNextAndPrevious() throws Exception {
        String base = "api/person-meetings?person=id%3Aperson%2Fto-lam&format=csv";
        List<String> all = get(base, null).body().strip().lines().toList();
        assertTrue(all.size() > 11, "the seeds give To Lâm more than 10 meetings: " + all.size());
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(server.url().resolve(base + "&limit=5")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(all.subList(0, 6), first.body().strip().lines().toList(), "header and the first 5 rows");
        List<String> links = first.headers().allValues("Link");
        assertEquals(List.of("<person-meetings?person=id%3Aperson%2Fto-lam&format=csv&limit=5&offset=5>; rel=\"next\""),
                links, "a full first page links to the next, not to a previous");
        String next = links.get(0).substring(1, links.get(0).indexOf('>'));
        HttpResponse<String> second = http.send(HttpRequest.newBuilder(server.url().resolve("api/" + next)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(all.subList(6, 11), second.body().strip().lines().skip(1).toList(), "rows 6 to 10");
        assertTrue(second.headers().allValues("Link").contains(
                "<person-meetings?person=id%3Aperson%2Fto-lam&format=csv&limit=5&offset=0>; rel=\"prev\""),
                second.headers().allValues("Link").toString());
        HttpResponse<String> last = http.send(HttpRequest.newBuilder(server.url().resolve(base + "&limit=5&offset="
                + (all.size() - 2))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(last.headers().allValues("Link").stream().noneMatch(l -> l.contains("rel=\"next\"")),
                "a page that is not full is the last: " + last.headers().allValues("Link"));
        assertOneLine(get(base + "&limit=0", null), 400, "limit: 0 is out of range");
        assertOneLine(get(base + "&limit=5000", null), 400, "limit: 5000 is out of range");
        assertOneLine(get(base + "&offset=first", null), 400, "offset: 'first' is not a whole number");
    }

    @Test
    void aValueIsOnlyEverAValue() throws Exception {
        String hostile = URLEncoder.encode("x\" } ; DROP ALL #", StandardCharsets.UTF_8);
        Answer a = get("api/find-entity?name=" + hostile + "&format=csv", null);
        assertEquals(200, a.status(), a.body());
        assertEquals(1, a.body().strip().lines().count(), "only the header: nothing is called that: " + a.body());
        assertTrue(get("api/find-entity?name=vung%20ang&format=csv", null).body().contains("Vũng Áng"));
    }

    @Test
    void openApiParsesAndListsEveryQueryWithItsParameters() throws Exception {
        for (String path : List.of("api/openapi.json", "api/")) {
            Answer a = get(path, "application/json");
            assertEquals(200, a.status(), path);
            assertTrue(a.type().startsWith("application/json"), a.type());
            JsonObject doc = JSON.parse(a.body());
            assertTrue(doc.get("openapi").getAsString().value().startsWith("3."), "OpenAPI 3");
            String server = doc.get("servers").getAsArray().get(0).getAsObject().get("url").getAsString().value();
            assertEquals(this.server.url().resolve("api").toString(), server);
            JsonObject paths = doc.get("paths").getAsObject();
            assertEquals(CATALOGUE.names().stream().map(n -> "/" + n).collect(Collectors.toSet()), paths.keys());
            for (String name : CATALOGUE.names()) {
                SavedQuery q = CATALOGUE.get(name);
                JsonObject op = paths.get("/" + name).getAsObject().get("get").getAsObject();
                assertEquals(q.summary(), op.get("summary").getAsString().value());
                JsonArray params = op.get("parameters").getAsArray();
                Map<String, Boolean> required = new LinkedHashMap<>();
                for (JsonValue p : params)
                    required.put(p.getAsObject().get("name").getAsString().value(),
                            p.getAsObject().get("required").getAsBoolean().value());
                Set<String> expected = q.params().stream().map(QueryParam::name).collect(Collectors.toSet());
                expected.add("format");
                if (q.pageSize() > 0) {
                    // a listing offers its page: limit and offset, never required
                    expected.addAll(List.of("limit", "offset"));
                    assertEquals(false, required.get("limit"), name);
                }
                assertEquals(expected, required.keySet(), name);
                for (QueryParam p : q.params())
                    assertEquals(p.mustBeGiven(), required.get(p.name()), name + " " + p.name());
            }
        }
    }

    @Test
    void apiPageListsEveryQueryWithExampleCalls() throws Exception {
        Answer page = get("api/", "text/html");
        assertEquals(200, page.status());
        assertTrue(page.type().startsWith("text/html"));
        for (String name : CATALOGUE.names())
            assertTrue(page.body().contains("id=\"" + name + "\""), name);
        assertTrue(page.body().contains("href=\"../api/person-meetings?person=https://w3id.org/diplomacy-kg/id/person/to-lam\""), page.body());
        assertTrue(page.body().contains("href=\"../api/openapi.json\""));
        assertTrue(page.body().contains("ui/#/dataset/kg/query?query=%23%2B%20summary"), "opens the file's text in the SPARQL editor");
    }

    @Test
    void queryPageRunsAtTheEndpointInTheEditorNotAsRawResults() throws Exception {
        Answer page = get("queries/person-meetings?person=id:person/to-lam", "text/html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("href=\"../ui/#/dataset/kg/query?query="), page.body());
        assertFalse(page.body().contains("kg/sparql?query="), "no link to a raw results document");
        assertTrue(page.body().contains("href=\"../api/person-meetings?person=id:person/to-lam\""), "and as an API call");
    }

    private static void assertOneLine(Answer a, int status, String expected) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.type().startsWith("text/plain"), a.type());
        assertEquals(1, a.body().strip().lines().count(), a.body());
        assertTrue(a.body().contains(expected), a.body());
    }
}
