package org.diplomacykg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.cli.DkgMain;
import org.diplomacykg.store.SameArticleGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark engine in {@code local[2]} over the seeds (and one file it must reject): the store
 * that {@code dkg load --nquads} makes of its shards holds, graph by graph, the graphs that
 * {@code dkg load seeds/} makes, and a later {@code dkg load seeds/} finds every article unchanged.
 */
class SparkExtractionTest {
    @TempDir
    Path tmp;

    /** Runs dkg as a user would; returns {exit code, stdout, stderr}. */
    private static String[] dkg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DkgMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void sparkShardsOfTheSeedsMakeTheStoreThatDkgLoadMakes() throws Exception {
        Path odd = Files.createDirectories(tmp.resolve("odd"));
        Files.write(odd.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("out");

        String[] extract = dkg("extract", "--engine", "spark", "--master", "local[2]", "seeds", odd.toString(),
                "--out", out.toString());
        assertEquals("3", extract[0], extract[2]);
        assertTrue(extract[1].contains("extracted 5 articles into " + out.resolve("graphs")), extract[1]);
        String[] load = dkg("load", "--store", tmp.resolve("rejects").toString(), odd.toString());
        assertEquals(List.of(odd.resolve("empty.txt") + ": empty file"), Files.readAllLines(out.resolve("rejected.txt")));
        assertEquals(load[2], extract[2], "the same rejection lines as dkg load");
        try (Stream<Path> shards = Files.list(out.resolve("graphs"))) {
            assertTrue(shards.anyMatch(p -> p.getFileName().toString().startsWith("part-")), "Hadoop part files");
        }

        Path fromShards = tmp.resolve("from-shards");
        String[] bulk = dkg("load", "--nquads", "--store", fromShards.toString(), out.toString());
        assertEquals("0", bulk[0], bulk[2]);
        assertTrue(bulk[1].contains("5 new, 0 replaced, 0 unchanged, 0 rejected"), bulk[1]);

        Path direct = tmp.resolve("direct");
        assertEquals("0", dkg("load", "--store", direct.toString(), "seeds")[0]);
        assertEquals(5, SameArticleGraphs.assertSame(direct, fromShards));

        String[] again = dkg("load", "--store", fromShards.toString(), "seeds");
        assertEquals("0", again[0], again[2]);
        assertTrue(again[1].contains("0 new, 0 replaced, 5 unchanged, 0 rejected"), again[1]);
        assertTrue(Arrays.stream(extract[2].split("\\R")).noneMatch(l -> l.contains("Exception")), extract[2]);
    }
}
