package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel workers, one writer: the store must not depend on how many workers built it. */
class ParallelLoadTest {
    private static final List<Path> CORPUS = List.of(Path.of("seeds"), Path.of("src/test/resources/heldout/articles"),
            Path.of("src/test/resources/heldout2/articles"));

    @Test
    void oneWorkerAndFourWorkersMakeTheSameStore(@TempDir Path tmp) throws Exception {
        try (KgStore one = KgStore.open(tmp.resolve("one")); KgStore four = KgStore.open(tmp.resolve("four"))) {
            LoadReport r1 = loader(1, new ArrayList<>()).load(CORPUS, one);
            LoadReport r4 = loader(4, new ArrayList<>()).load(CORPUS, four);
            assertEquals(r1, r4);
            assertTrue(r1.added() >= 20, r1.summary());
            List<Node> graphs = one.articleGraphs();
            assertEquals(graphs, four.articleGraphs());
            for (Node g : graphs) {
                assertTrue(one.copyOf(g).isIsomorphicWith(four.copyOf(g)), "graph differs: " + g);
            }
        }
    }

    @Test
    void laterLoadsReplaceChangedArticlesAndRejectDuplicateNamesInInputOrder(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Path seed = Path.of("seeds/000_dc28ce060877cb66.txt");
        Files.copy(seed, a.resolve("x.txt"));
        Files.copy(Path.of("seeds/001_355fb81d80dc29d6.txt"), b.resolve("x.txt"));
        Files.copy(seed, a.resolve("y.txt"));
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            assertEquals(new LoadReport(2, 0, 0, List.of()), loader(3, new ArrayList<>()).load(List.of(a), store));
            Files.writeString(a.resolve("y.txt"), Files.readString(seed) + "\nOne more sentence for the change.\n");
            List<RejectedInputException> rejected = new ArrayList<>();
            LoadReport again = loader(3, rejected).load(List.of(a, b), store);
            assertEquals(0, again.added(), again.summary());
            assertEquals(1, again.replaced(), again.summary());
            assertEquals(1, again.unchanged(), again.summary());
            assertEquals(1, rejected.size());
            assertTrue(rejected.get(0).userMessage().startsWith(b.resolve("x.txt") + ": same file name as " + a.resolve("x.txt")),
                    rejected.get(0).userMessage());
            assertEquals(2, store.articleGraphs().size());
        }
    }

    private static ArticleLoader loader(int workers, List<RejectedInputException> rejected) {
        // What is tested is that the store does not depend on the workers, not the time budget: on
        // a busy machine (load 15 on 2 cores) four workers took a long seed past the default 20 s.
        return new ArticleLoader(() -> new ArticleGraphBuilder(Duration.ofMinutes(10)), workers, rejected::add, Progress.NONE);
    }
}
