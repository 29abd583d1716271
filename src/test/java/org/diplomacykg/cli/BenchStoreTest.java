package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dkg bench --store DIR}: the saved queries timed on an existing store, nothing loaded. */
class BenchStoreTest {
    @TempDir
    Path tmp;

    @Test
    void timesEverySavedQueryOnAnExistingStoreAndLeavesItsQuadsAsTheyWere() throws IOException {
        Path store = tmp.resolve("data").resolve("store");
        CliRun load = CliRun.of("load", "--store", store.toString(), "seeds/004_12d21b6b6f823ac9.txt");
        assertEquals(0, load.exitCode(), load.err());
        Set<String> before = export(store);
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        for (String name : new String[] {"articles.rq", "visit-programme.rq"}) {
            Files.copy(Path.of("queries", name), queries.resolve(name));
        }

        CliRun bench = CliRun.of("bench", "--store", store.toString(), "--queries", queries.toString(), "--query-runs", "2");

        assertEquals(0, bench.exitCode(), bench.err());
        for (String name : new String[] {"articles", "visit-programme"}) {
            // a figure line: name, first (cold), p50, p95, bytes (a failure would print its reason instead)
            assertTrue(Pattern.compile("(?m)^\\s+" + name + "\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+[1-9][0-9]*$").matcher(bench.out()).find(),
                    bench.out());
        }
        assertFalse(bench.out().contains("load "), bench.out());
        assertEquals(before, export(store));
    }

    @Test
    void refusesAMissingStoreInOneLine() {
        Path missing = tmp.resolve("no-store");
        CliRun bench = CliRun.of("bench", "--store", missing.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, bench.exitCode());
        assertEquals("dkg: --store " + missing + ": no such directory", bench.err().strip());
        assertFalse(Files.exists(missing));
    }

    @Test
    void refusesAMissingSeedsFolderInOneLineBeforeMakingAnything() {
        Path missing = tmp.resolve("no-seeds");
        Path work = tmp.resolve("work");
        CliRun bench = CliRun.of("bench", "--query-scale", "--seeds", missing.toString(), "--work", work.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, bench.exitCode());
        assertEquals("dkg: --seeds " + missing + ": no such directory (the synthetic corpus is made from it)", bench.err().strip());
        assertFalse(Files.exists(work));
    }

    @Test
    void refusesADirectoryThatIsNotAStore() throws IOException {
        Path notStore = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(notStore.resolve("a.txt"), "text");
        CliRun bench = CliRun.of("bench", "--store", notStore.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, bench.exitCode());
        assertTrue(bench.err().strip().endsWith("not a TDB2 store (no Data-NNNN folder)"), bench.err());
        assertEquals(1, bench.err().strip().lines().count(), bench.err());
    }

    private Set<String> export(Path store) throws IOException {
        Path out = tmp.resolve("export-" + System.nanoTime() + ".nq");
        CliRun run = CliRun.of("export", "--store", store.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return new HashSet<>(Files.readAllLines(out));
    }
}
