package org.diplomacykg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real articles is what extraction is judged by, so its files must hold together:
 * every article has its gold, is listed in SOURCES.md with its URL, is read by the loader with the
 * publication date the gold gives, and sits in the part (dev or test) that the split rule assigns.
 */
class CorpusFilesTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Pattern FIELD = Pattern.compile("(?m)^(article|published):\\s*(\\S+)\\s*$");

    static List<Path> articles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String part : List.of("dev", "test")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(part).resolve("articles"))) {
                out.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        return out;
    }

    @Test
    void theCorpusIsLargeEnoughAndSplitBeforeTuning() throws IOException {
        List<Path> all = articles();
        long test = all.stream().filter(p -> p.getParent().getParent().getFileName().toString().equals("test")).count();
        assertTrue(all.size() >= 40, all.size() + " articles");
        assertTrue(test >= 12, test + " test articles");
        for (Path p : all) {
            // the split rule, fixed before any tuning: an annotator's 3rd, 6th, 9th and 12th article is test
            int number = Integer.parseInt(p.getFileName().toString().substring(0, 3));
            String expected = List.of(2, 5, 8, 11).contains(number % 20) ? "test" : "dev";
            assertEquals(expected, p.getParent().getParent().getFileName().toString(), p.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void eachArticleHasGoldSourceAndTheDateTheReaderFinds(Path file) throws Exception {
        String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Path gold = file.getParent().getParent().resolve("gold/seeds").resolve(stem + ".yaml");
        assertTrue(Files.exists(gold), "no gold for " + file);
        String yaml = Files.readString(gold);
        String article = null;
        String published = null;
        Matcher m = FIELD.matcher(yaml);
        while (m.find()) {
            if (m.group(1).equals("article") && article == null) {
                article = m.group(2);
            } else if (m.group(1).equals("published") && published == null) {
                published = m.group(2);
            }
        }
        assertEquals(file.getFileName().toString(), article, "gold names another article");
        Article read = new ArticleReader().read(new ArticleFileReader().read(file));
        assertEquals(published, String.valueOf(read.metadata().published()), "publication date");
        String sources = Files.readString(CORPUS.resolve("SOURCES.md"));
        assertTrue(sources.contains(file.getFileName().toString()), file + " is not in SOURCES.md");
    }
}
