package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills ({@code SIGKILL}) a loader in another JVM while it writes a batch, again and again at
 * different moments of the write transaction, and checks that the store still opens, validates
 * and holds whole batches only: every stored article graph complete, and the stored articles
 * exactly the first k batches. A final run completes the load: the store goes on from where it was.
 */
class KilledLoadTest {
    static final int BATCH = ArticleLoader.BATCH_ARTICLES;

    @Test
    void killsDuringTheCommitOfABatchLeaveWholeBatchesOnly(@TempDir Path tmp) throws Exception {
        int seedCount;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seedCount = (int) s.count();
        }
        Path store = tmp.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Path seedGraphs = tmp.resolve("seed-graphs");
        KilledLoadChild.writeSeeds(seedGraphs); // built once here, read by every child
        int killedInsideWrite = 0;
        long[] delaysMs = {0, 30, 100, 250, 600, 0, 50};
        for (long delay : delaysMs) {
            Process child = childJvm(java, "-Xmx1g", KilledLoadChild.class.getName(), store.toString(), "3", seedGraphs.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("writing") && !line.equals("done"))
                seen.append(line).append('\n');
            assertTrue(line != null, "the loader stopped before writing: " + seen);
            assertTrue(seen.toString().startsWith("opened "), "the store opened after the last kill: " + seen);
            int stored = Integer.parseInt(seen.toString().lines().findFirst().orElseThrow().substring("opened ".length()));
            assertEquals(0, stored % BATCH, "after a kill the store holds whole batches only: " + stored + " articles");
            if (line.equals("done"))
                break;
            Thread.sleep(delay);
            boolean finishedFirst = out.ready() && out.readLine().startsWith("written");
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            if (!finishedFirst)
                killedInsideWrite++;
        }
        assertTrue(killedInsideWrite >= 3, "kills landed inside the write transaction: " + killedInsideWrite);

        checkWholeBatches(java, store, seedCount, -1);
        Process rest = childJvm(java, "-Xmx1g", KilledLoadChild.class.getName(), store.toString(), "3", seedGraphs.toString())
                .redirectErrorStream(true).start();
        String restOut = new String(rest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, rest.waitFor(), restOut);
        assertTrue(restOut.endsWith("done\n"), restOut);
        checkWholeBatches(java, store, seedCount, 3 * BATCH);
    }

    /**
     * A JVM on this test's class path. It gets this JVM's choice of StAX parser: with -Pspark the
     * class path holds Hadoop's shaded Woodstox, which would otherwise be every JVM's parser, and
     * Jena logs errors setting its properties on it (the surefire configuration sets the JDK's).
     */
    private static ProcessBuilder childJvm(String java, String... args) {
        List<String> command = new ArrayList<>(List.of(java));
        String stax = System.getProperty("javax.xml.stream.XMLInputFactory");
        if (stax != null)
            command.add("-Djavax.xml.stream.XMLInputFactory=" + stax);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Validates in another JVM, then opens the store here (which keeps it to this JVM: call last). */
    private static void checkWholeBatches(String java, Path store, int seedCount, int expected) throws Exception {
        Process validate = childJvm(java, org.diplomacykg.cli.DkgMain.class.getName(), "validate", "--store", store.toString())
                .redirectErrorStream(true).start();
        String report = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, validate.waitFor(), "dkg validate: " + report);
        if (expected < 0)
            return;   // the store stays with other processes until the last check
        try (KgStore opened = KgStore.open(store)) {
            List<Node> articles = opened.articleGraphs();
            assertEquals(expected, articles.size(), "whole batches only");
            Map<Integer, Integer> sizeBySeed = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                String name = articles.get(i).getURI();
                assertTrue(name.equals(String.format("%s%04d", KilledLoadChild.PREFIX, i)), "the first batches, in order: " + name);
                int size = opened.copyOf(articles.get(i)).size();
                Integer sameSeed = sizeBySeed.putIfAbsent(i % seedCount, size);
                assertTrue(sameSeed == null || sameSeed == size, name + " has " + size + " triples, its seed's copies " + sameSeed);
            }
        }
    }
}
