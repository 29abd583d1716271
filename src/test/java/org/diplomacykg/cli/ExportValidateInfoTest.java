package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, validate and info over a store loaded from the seeds. */
class ExportValidateInfoTest {
    @TempDir
    static Path tmp;
    static String store;

    @BeforeAll
    static void loadSeeds() {
        store = tmp.resolve("store").toString();
        CliRun load = CliRun.of("load", "--store", store, "seeds");
        assertEquals(0, load.exitCode(), load.err());
    }

    @Test
    void everySeedArticleGraphConforms() {
        CliRun run = CliRun.of("validate", "--store", store);
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("5 article graphs checked: 5 conform, 0 with violations"), run.out());
    }

    @Test
    void exportOfTheWholeStoreHoldsEveryArticleGraphAndTheOntology() throws Exception {
        Path out = tmp.resolve("all.nq");
        assertEquals(0, CliRun.of("export", "--store", store, "--out", out.toString()).exitCode());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        List<String> names = iteratorToList(ds.listNames());
        assertTrue(names.contains("https://w3id.org/diplomacy-kg/ontology"), names.toString());
        assertEquals(5, names.stream().filter(n -> n.startsWith("https://w3id.org/diplomacy-kg/article/")).count());
    }

    @Test
    void exportListsAnArticlesCommitmentsInTheOrderTheArticleTellsThem() throws Exception {
        Path out = tmp.resolve("ordered.nq");
        assertEquals(0, CliRun.of("export", "--store", store, "--out", out.toString()).exitCode());
        String type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/diplomacy-kg/ontology#Commitment>";
        List<Integer> numbers = Files.readAllLines(out).stream()
                .filter(l -> l.endsWith("<https://w3id.org/diplomacy-kg/article/002_592a93fc53a43c90> .") && l.contains(type))
                .map(l -> Integer.parseInt(l.substring(l.indexOf("-c") + 2, l.indexOf('>'))))
                .toList();
        assertTrue(numbers.size() > 20, numbers.toString());
        // commitments are numbered c1, c2, … in text order: the export walks the article from its start
        assertEquals(numbers.stream().sorted().toList(), numbers);
    }

    @Test
    void exportOfOneGraphAsTrigHoldsOnlyThatGraph() throws Exception {
        Path out = tmp.resolve("one.trig");
        String graph = "https://w3id.org/diplomacy-kg/article/001_355fb81d80dc29d6";
        CliRun run = CliRun.of("export", "--store", store, "--format", "trig", "--graph", graph, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertEquals(List.of(graph), iteratorToList(ds.listNames()));
        assertTrue(Files.readString(out).contains("PREFIX dip:"));
    }

    @Test
    void exportOfAGraphTheStoreDoesNotHaveFails() {
        CliRun run = CliRun.of("export", "--store", store, "--graph", "https://w3id.org/diplomacy-kg/article/nope");
        assertEquals(1, run.exitCode());
        assertEquals("dkg: --graph: the store has no graph https://w3id.org/diplomacy-kg/article/nope", run.errLines()[0]);
    }

    @Test
    void exportWithAMalformedGraphIriIsAUsageError() {
        CliRun run = CliRun.of("export", "--store", store, "--graph", "not an iri");
        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void infoListsEachArticleWithItsDate() {
        CliRun run = CliRun.of("info", "--store", store);
        assertEquals(0, run.exitCode());
        for (String row : List.of("000_dc28ce060877cb66.txt         2025-12-03", "001_355fb81d80dc29d6.txt         2025-12-02",
                "002_592a93fc53a43c90.txt         2025-12-02", "003_7c6cb5a3442207ed.txt         2025-12-01",
                "004_12d21b6b6f823ac9.txt         2026-01-26")) {
            assertTrue(run.out().contains(row), run.out());
        }
    }

    private static List<String> iteratorToList(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
