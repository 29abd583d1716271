package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page cache (issue 11 item 5, throughput): a repeated page is the same answer, headers
 * included; each format is kept apart; a write through the server shows on the next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheTest {
    static final String USER = "loader";
    static final String PASSWORD = "s3cret-pw";

    DatasetGraph dsg;
    KgServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        dsg = ServeFixture.createStore(dir);
        Path pw = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        server = KgServer.start(dsg, ServeConfig.builder().port(0).update(true).passwordFile(pw)
                .adminArea(dir.resolve("fuseki")).articleDirs(List.of(ServeFixture.articlesDir(dir))).build());
    }

    @AfterAll
    void stop() {
        server.close();
        TDBInternal.expel(dsg);
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRepeatedPageIsTheSameAnswerAndEachFormatIsKeptApart() throws Exception {
        HttpResponse<String> first = get("id/person/to-lam", "text/html");
        HttpResponse<String> again = get("id/person/to-lam", "text/html");
        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body());
        for (String header : List.of("Content-Type", "Vary", "Link"))
            assertEquals(first.headers().allValues(header), again.headers().allValues(header), header);
        HttpResponse<String> turtle = get("id/person/to-lam", "text/turtle");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), turtle.headers().toString());
        assertFalse(turtle.body().contains("<html"), "the Turtle answer is not the cached HTML page");
    }

    @Test
    void aWriteThroughTheServerShowsOnTheNextRequest() throws Exception {
        assertFalse(get("id/person/to-lam", "text/html").body().contains("Tô Lâm (cache test)"));
        get("", "text/html");   // the landing page is kept too
        String update = "INSERT DATA { GRAPH <" + ServeFixture.ARTICLE.getURI() + "> { <" + ServeFixture.TO_LAM.getURI()
                + "> <http://www.w3.org/2004/02/skos/core#altLabel> \"Tô Lâm (cache test)\" } }";
        HttpResponse<String> written = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(2, written.statusCode() / 100, written.body());
        assertTrue(get("id/person/to-lam", "text/html").body().contains("Tô Lâm (cache test)"), "the page shows the write");
    }
}
