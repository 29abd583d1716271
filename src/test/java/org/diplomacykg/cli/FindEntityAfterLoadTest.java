package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dkg query find-entity} on stores made by {@code dkg load} and by {@code dkg load --nquads}. */
class FindEntityAfterLoadTest {
    static final Path ARTICLE = Path.of("seeds", LoadCommandTest.GOOD);
    static final String TO_LAM = "https://w3id.org/diplomacy-kg/id/person/to-lam";
    static final String VIET_NAM = "https://w3id.org/diplomacy-kg/id/country/viet-nam";

    @TempDir
    Path tmp;

    static void assertFinds(Path store, String name, String iri) {
        CliRun r = CliRun.of("query", "find-entity", "--store", store.toString(), "--param", "name=" + name, "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().skip(1).findFirst().orElse("").contains(iri), name + " first finds " + iri + ":\n" + r.out());
    }

    @Test
    void namesAreFoundWhateverTheAccentsAfterDkgLoadAndAfterLoadNquads() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(ARTICLE, in.resolve(ARTICLE.getFileName()));
        Path loaded = tmp.resolve("loaded");
        CliRun load = CliRun.of("load", "--store", loaded.toString(), in.toString());
        assertEquals(0, load.exitCode(), load.err());

        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("extract", in.toString(), "--out", out.toString()).exitCode());
        Path bulk = tmp.resolve("bulk");
        CliRun nquads = CliRun.of("load", "--nquads", "--store", bulk.toString(), out.toString());
        assertEquals(0, nquads.exitCode(), nquads.err());
        assertTrue(nquads.out().contains("TDB2 parallel bulk loader"), nquads.out());

        for (Path store : new Path[] {loaded, bulk}) {
            assertFinds(store, "to lam", TO_LAM);
            assertFinds(store, "TÔ LÂM", TO_LAM);
            assertFinds(store, "Viet Nam", VIET_NAM);
            assertFinds(store, "việt nam", VIET_NAM);
        }
    }
}
