package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.diplomacykg.pipeline.ExtractionEngine;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.SameArticleGraphs;
import org.diplomacykg.rdf.vocab.KG;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dkg extract --engine local} and {@code dkg load --nquads} as a user runs them. */
class ExtractAndLoadShardsTest {
    static final Path SEEDS = Path.of("seeds");
    static final String GOOD = LoadCommandTest.GOOD;

    @TempDir
    Path tmp;

    @Test
    void shardsOfTheSeedsLoadIntoTheStoreDkgLoadMakesAndALaterLoadFindsThemUnchanged() throws Exception {
        Path out = tmp.resolve("out");
        CliRun extract = CliRun.of("extract", "--threads", "2", SEEDS.toString(), "--out", out.toString());
        assertEquals(0, extract.exitCode(), extract.err());
        assertTrue(extract.out().contains("extracted 5 articles"), extract.out());
        assertEquals("", Files.readString(out.resolve("rejected.txt")));

        Path fromShards = tmp.resolve("from-shards");
        CliRun bulk = CliRun.of("load", "--nquads", "--store", fromShards.toString(), out.toString());
        assertEquals(0, bulk.exitCode(), bulk.err());
        assertTrue(bulk.out().contains("5 new, 0 replaced, 0 unchanged, 0 rejected (1 shard; TDB2 parallel bulk loader)"),
                bulk.out());

        Path direct = tmp.resolve("direct");
        assertEquals(0, CliRun.of("load", "--store", direct.toString(), SEEDS.toString()).exitCode());
        assertEquals(5, SameArticleGraphs.assertSame(direct, fromShards));

        CliRun again = CliRun.of("load", "--store", fromShards.toString(), SEEDS.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 new, 0 replaced, 5 unchanged, 0 rejected"), again.out());

        CliRun shardsAgain = CliRun.of("load", "--nquads", "--store", direct.toString(), out.resolve("graphs").toString());
        assertEquals(0, shardsAgain.exitCode(), shardsAgain.err());
        assertTrue(shardsAgain.out().contains("0 new, 0 replaced, 5 unchanged, 0 rejected (1 shard; one write transaction)"),
                shardsAgain.out());
    }

    @Test
    void aChangedArticlesShardReplacesItsGraphInAStoreWithArticles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEEDS.resolve(GOOD), in.resolve(GOOD));
        Path store = tmp.resolve("store");
        assertEquals(0, CliRun.of("load", "--store", store.toString(), SEEDS.toString()).exitCode());

        Files.writeString(in.resolve(GOOD), Files.readString(in.resolve(GOOD))
                + "\nViệt Nam and Laos agreed to build a new railway.\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("extract", in.toString(), "--out", out.toString()).exitCode());
        CliRun load = CliRun.of("load", "--nquads", "--store", store.toString(), out.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().contains("0 new, 1 replaced, 0 unchanged, 0 rejected"), load.out());

        Path expected = tmp.resolve("expected");
        assertEquals(0, CliRun.of("load", "--store", expected.toString(), SEEDS.toString()).exitCode());
        assertEquals(0, CliRun.of("load", "--store", expected.toString(), in.toString()).exitCode());
        SameArticleGraphs.assertSame(expected, store);
    }

    @Test
    void rejectedFilesAreReportedWithTheReasonsOfDkgLoad() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEEDS.resolve(GOOD), in.resolve(GOOD));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("latin1.txt"), "date 2025-12-03 Vi\u1EC7t Nam".getBytes(StandardCharsets.UTF_16LE));
        Path out = tmp.resolve("out");
        CliRun extract = CliRun.of("extract", in.toString(), "--out", out.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, extract.exitCode(), extract.err());
        assertTrue(extract.out().contains("extracted 1 articles"), extract.out());

        CliRun load = CliRun.of("load", "--store", tmp.resolve("store").toString(), in.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, load.exitCode());
        List<String> loadLines = Arrays.stream(load.errLines()).map(l -> l.substring("dkg: ".length())).toList();
        assertEquals(2, loadLines.size(), load.err());
        assertEquals(loadLines, Files.readAllLines(out.resolve("rejected.txt")));
        assertEquals(Arrays.asList(load.errLines()), Arrays.asList(extract.errLines()));
    }

    @Test
    void aBadShardIsRejectedInOneLineAndNothingOfItIsStoredWhileTheOthersLoad() throws Exception {
        Path out = tmp.resolve("out");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEEDS.resolve(GOOD), in.resolve(GOOD));
        assertEquals(0, CliRun.of("extract", in.toString(), "--out", out.toString()).exitCode());
        Path good = out.resolve("graphs/part-00000.nq");
        String goodIri = KG.article("000_dc28ce060877cb66").getURI();
        String copyIri = KG.article("copy").getURI();
        Path bad = good.resolveSibling("part-00001.nq");
        Files.writeString(bad, Files.readString(good).replace(goodIri, copyIri) + "<urn:x> <urn:y> garbage .\n");
        Path outside = good.resolveSibling("part-00002.nq");
        Files.writeString(outside, "<urn:x> <urn:y> <urn:z> .\n");

        Path store = tmp.resolve("store");
        CliRun load = CliRun.of("load", "--nquads", "--store", store.toString(), out.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, load.exitCode(), load.err());
        String[] lines = load.errLines();
        assertEquals(2, lines.length, load.err());
        assertTrue(lines[0].startsWith("dkg: " + bad + ": not N-Quads ("), lines[0]);
        assertTrue(lines[1].equals("dkg: " + outside + ": holds a triple outside any named graph; a shard holds article graphs only"),
                lines[1]);
        assertTrue(load.out().contains("1 new, 0 replaced, 0 unchanged, 2 rejected"), load.out());
        try (KgStore s = KgStore.open(store)) {
            assertEquals(List.of(KG.article("000_dc28ce060877cb66").asNode()), s.articleGraphs());
        }
    }

    @Test
    void aShardThatRepeatsAnotherShardsGraphIsRejected() throws Exception {
        Path out = tmp.resolve("out");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEEDS.resolve(GOOD), in.resolve(GOOD));
        assertEquals(0, CliRun.of("extract", in.toString(), "--out", out.toString()).exitCode());
        Path good = out.resolve("graphs/part-00000.nq");
        Path twice = Files.copy(good, good.resolveSibling("part-00001.nq"));
        CliRun load = CliRun.of("load", "--nquads", "--store", tmp.resolve("store").toString(), out.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, load.exitCode(), load.err());
        assertEquals("dkg: " + twice + ": graph <" + KG.article("000_dc28ce060877cb66").getURI() + "> is also in " + good,
                load.errLines()[0]);
    }

    @Test
    void anOutputThatHoldsAnEarlierRunIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("rejected.txt"), "");
        CliRun extract = CliRun.of("extract", SEEDS.toString(), "--out", out.toString());
        assertEquals(ExitCodes.INPUT_REJECTED, extract.exitCode());
        assertEquals("dkg: " + out + ": already exists and is not empty; name a new directory for --out "
                + "(shards of two runs are never mixed)", extract.err().strip());
    }

    @Test
    void anArticleTimeoutOfZeroIsAUsageError() {
        CliRun extract = CliRun.of("extract", "--article-timeout", "0s", SEEDS.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.USAGE, extract.exitCode());
        assertTrue(extract.err().startsWith("dkg extract: --article-timeout must be longer than zero"), extract.err());
        CliRun load = CliRun.of("load", "--article-timeout", "0", "--store", tmp.resolve("s").toString(), SEEDS.toString());
        assertEquals(ExitCodes.USAGE, load.exitCode());
        assertTrue(load.err().startsWith("dkg load: --article-timeout must be longer than zero"), load.err());
    }

    @Test
    void theEverydayJarSaysInOneLineHowToGetTheSparkEngine() {
        Assumptions.assumeTrue(ServiceLoader.load(ExtractionEngine.class).findFirst().isEmpty(),
                "built with -Pspark: the Spark engine is on the classpath (SparkExtractionTest runs it)");
        CliRun run = CliRun.of("extract", "--engine", "spark", SEEDS.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("dkg: " + ExtractCommand.HOW_TO_GET_SPARK, run.err().strip());
        assertTrue(run.err().contains("mvn -B -Pspark package"), run.err());
    }
}
