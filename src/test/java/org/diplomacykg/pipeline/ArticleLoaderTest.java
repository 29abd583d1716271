package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.rdf.GazetteerLoader;
import org.diplomacykg.facts.FactExtractor;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    @Test
    void aSentenceWithoutEndIsRejectedAtOnceInOneLine(@TempDir Path tmp) throws Exception {
        String names = String.join(", ", java.util.Collections.nCopies(30_000, "Tô Lâm, Thongloun Sisoulith"));
        Path repeated = java.nio.file.Files.writeString(tmp.resolve("names.txt"), " date 2025-12-03 HÀ NỘI — " + names + ".\n");
        String words = String.join(" ", java.util.Collections.nCopies(25_000, "cooperation between the two countries"));
        Path line = java.nio.file.Files.writeString(tmp.resolve("line.txt"), " date 2025-12-03 HÀ NỘI — " + words + "\n");
        List<RejectedInputException> rejected = new ArrayList<>();
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            LoadReport report = new ArticleLoader(new ArticleGraphBuilder(), rejected::add, Progress.NONE)
                    .load(List.of(repeated, line, Path.of("seeds/000_dc28ce060877cb66.txt")), store);
            assertEquals(1, report.added());
        }
        assertEquals(2, rejected.size());
        for (RejectedInputException e : rejected)
            assertTrue(e.userMessage().endsWith(": a sentence longer than 10000 characters (no full stop, question or exclamation mark); not article text"),
                    e.userMessage());
    }

    @Test
    void anArticleOverItsTimeBudgetIsRejectedInOneLineAndTheOthersLoad(@TempDir Path tmp) throws Exception {
        FactExtractor slowOnOne = new FactExtractor() {
            private final FactExtractor real = new ArticleExtractor(GazetteerLoader.fromOntology());

            @Override
            public ArticleFacts extract(org.diplomacykg.document.Document d) {
                if (d.article().file().fileName().startsWith("001")) {
                    long until = System.nanoTime() + 1_200_000_000_000L;   // a rule that backtracks for 20 min
                    while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                    }
                }
                return real.extract(d);
            }
        };
        List<RejectedInputException> rejected = new ArrayList<>();
        long t0 = System.nanoTime();
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            // 30 s of processor time: far below the slow rule's 20 min, and room for the other article's real parse (the first
            // of the process, which loads the parser's models) on a machine whose load average is 25: 10 s was not
            LoadReport report = new ArticleLoader(new ArticleGraphBuilder(new ArticleFileReader(), slowOnOne, java.time.Duration.ofSeconds(30)),
                    rejected::add, Progress.NONE)
                    .load(List.of(Path.of("seeds/000_dc28ce060877cb66.txt"), Path.of("seeds/001_355fb81d80dc29d6.txt")), store);
            assertEquals(1, report.added());
            assertEquals(1, rejected.size());
            assertEquals("seeds/001_355fb81d80dc29d6.txt: took longer than the 30 s allowed for one article",
                    rejected.get(0).userMessage().substring(0, rejected.get(0).userMessage().indexOf(" (")));
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000_000L < 600, "the load did not wait for the slow article");
    }

    @Test
    void aRuleThatFailsOnOneArticleCostsThatArticleOnly(@TempDir Path tmp) throws Exception {
        FactExtractor failsOnOne = new FactExtractor() {
            private final FactExtractor real = new ArticleExtractor(GazetteerLoader.fromOntology());

            @Override
            public ArticleFacts extract(org.diplomacykg.document.Document d) {
                if (d.article().file().fileName().startsWith("001")) {
                    throw new IllegalArgumentException("not a slug: \"x--y\"");
                }
                return real.extract(d);
            }
        };
        List<RejectedInputException> rejected = new ArrayList<>();
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            LoadReport report = new ArticleLoader(new ArticleGraphBuilder(new ArticleFileReader(), failsOnOne),
                    rejected::add, Progress.NONE)
                    .load(List.of(Path.of("seeds/000_dc28ce060877cb66.txt"), Path.of("seeds/001_355fb81d80dc29d6.txt")), store);
            assertEquals(1, report.added());
            assertEquals(1, rejected.size());
            assertTrue(rejected.get(0).userMessage().startsWith("seeds/001_355fb81d80dc29d6.txt: extraction failed"),
                    rejected.get(0).userMessage());
            assertEquals(1, store.articleGraphs().size());
        }
    }
}
