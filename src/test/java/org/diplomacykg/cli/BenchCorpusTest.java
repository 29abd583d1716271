package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dkg bench --write-corpus}: the synthetic corpus alone, for timing another engine on it. */
class BenchCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheCorpusOfEachSizeAndNothingElse() throws Exception {
        CliRun run = CliRun.of("bench", "--sizes", "7,12", "--write-corpus", tmp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("n12", "n7"), names(tmp));
        assertEquals(7, names(tmp.resolve("n7")).size());
        assertEquals(12, names(tmp.resolve("n12")).size());
        assertTrue(names(tmp.resolve("n12")).stream().allMatch(n -> n.matches("bench_[0-9a-f]{8}_\\d{6}\\.txt")));
        // copy 5 is seed 0 with its years moved back by one
        String seed = Files.readString(Path.of("seeds/000_dc28ce060877cb66.txt"));
        String copy;
        try (Stream<Path> s = Files.list(tmp.resolve("n7"))) {
            copy = Files.readString(s.filter(p -> p.toString().endsWith("_000005.txt")).findFirst().orElseThrow());
        }
        String expected = java.util.regex.Pattern.compile("\\b20[0-9]{2}\\b").matcher(seed)
                .replaceAll(m -> Integer.toString(Integer.parseInt(m.group()) - 1));
        assertEquals(expected, copy);
        assertTrue(copy.startsWith(" date 2024-12-03"), copy.substring(0, 20));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
