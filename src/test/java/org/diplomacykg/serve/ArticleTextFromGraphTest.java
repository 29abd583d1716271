package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.rdf.GazetteerLoader;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article page shows its text with the facts marked even where the server has no article files. */
class ArticleTextFromGraphTest {

    @Test
    void theArticlePageMarksQuotesInTheTextStoredInTheGraph(@TempDir Path tmp) throws Exception {
        Path noArticles = Files.createDirectories(tmp.resolve("empty"));
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            // a generous per-article budget: on a busy machine the first article also waits for the parser's models
            ArticleGraphBuilder builder = new ArticleGraphBuilder(new ArticleFileReader(),
                    new ArticleExtractor(GazetteerLoader.fromOntology()), Duration.ofMinutes(5));
            new ArticleLoader(builder, r -> {
                throw new IllegalStateException("seed rejected: " + r.userMessage());
            }, Progress.NONE)
                    .load(List.of(Path.of("seeds/001_355fb81d80dc29d6.txt")), store);
            try (KgServer server = KgServer.start(store.dataset(), ServeConfig.builder().port(0)
                    .adminArea(tmp.resolve("fuseki")).articleDirs(List.of(noArticles)).build())) {
                HttpResponse<String> page = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(server.url() + "article/001_355fb81d80dc29d6"))
                                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("raise bilateral trade to US$5 billion"), "the text is shown");
                int mark = page.body().indexOf("<mark id=\"quote-29-143\">");
                assertTrue(mark >= 0, "the meeting's quote has its anchor");
                // the quotes inside it (Tô Lâm, Lao Prime Minister Sonexay Siphandone) are marks inside its mark; it begins with who met
                assertTrue(page.body().substring(mark).replaceAll("<[^>]*>", "").startsWith("Party General Secretary Tô Lâm had a meeting with Lao Prime Minister"),
                        "the meeting's quote is marked");
            }
        }
    }
}
