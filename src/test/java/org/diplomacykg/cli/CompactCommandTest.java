package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dkg compact}: the same quads afterwards, on less disk, in one data generation. */
class CompactCommandTest {
    @TempDir
    Path tmp;

    @Test
    void compactingAfterReplacingLoadsKeepsTheQuadsAndShrinksTheStore() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String store = tmp.resolve("store").toString();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.sorted().toList();
        }
        // Every round changes every file, so every graph is replaced: dead blocks pile up.
        for (int round = 0; round < 4; round++) {
            for (Path seed : seeds) {
                Files.writeString(in.resolve(seed.getFileName()), Files.readString(seed) + "\nRound " + round + ".\n");
            }
            CliRun load = CliRun.of("load", "--store", store, in.toString());
            assertEquals(0, load.exitCode(), load.err());
        }
        Set<String> before = export(store);
        long bytesBefore = KgStore.diskBytes(Path.of(store));

        CliRun compact = CliRun.of("compact", "--store", store);
        assertEquals(0, compact.exitCode(), compact.err());
        assertTrue(compact.out().startsWith("compacted " + store + ": "), compact.out());

        assertEquals(before, export(store));
        long bytesAfter = KgStore.diskBytes(Path.of(store));
        assertTrue(bytesAfter < bytesBefore, bytesBefore + " -> " + bytesAfter);
        try (Stream<Path> s = Files.list(Path.of(store))) {
            assertEquals(List.of("Data-0002"), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
        }
    }

    private Set<String> export(String store) throws IOException {
        Path out = tmp.resolve("export-" + System.nanoTime() + ".nq");
        CliRun run = CliRun.of("export", "--store", store, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return new HashSet<>(Files.readAllLines(out));
    }
}
