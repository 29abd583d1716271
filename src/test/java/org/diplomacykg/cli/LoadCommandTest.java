package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code dkg load} as a black box: exit codes, messages, and what ends up in the store. */
class LoadCommandTest {
    static final Path SEEDS = Path.of("seeds");
    static final String GOOD = "000_dc28ce060877cb66.txt";

    @TempDir
    Path tmp;

    @Test
    void loadsTheSeedsAndInfoShowsFiveDatedArticles() {
        String store = tmp.resolve("store").toString();
        CliRun load = CliRun.of("load", "--store", store, SEEDS.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().contains("5 new, 0 replaced, 0 unchanged, 0 rejected"), load.out());

        CliRun info = CliRun.of("info", "--store", store);
        assertEquals(0, info.exitCode(), info.err());
        for (String date : List.of("2025-12-03", "2025-12-02", "2025-12-01", "2026-01-26")) {
            assertTrue(info.out().contains(date), info.out());
        }
        assertTrue(info.out().contains("5 articles"), info.out());
    }

    @Test
    void loadingTwiceLeavesExactlyTheSameQuads() throws IOException {
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("load", "--store", store, SEEDS.toString()).exitCode());
        Set<String> first = export(store);
        CliRun again = CliRun.of("load", "--store", store, SEEDS.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 new, 0 replaced, 5 unchanged"), again.out());
        assertEquals(first, export(store));
    }

    @Test
    void aChangedFileReplacesItsGraphAndNothingElse() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path article = Files.copy(SEEDS.resolve(GOOD), dir.resolve(GOOD));
        Files.copy(SEEDS.resolve("004_12d21b6b6f823ac9.txt"), dir.resolve("004_12d21b6b6f823ac9.txt"));
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("load", "--store", store, dir.toString()).exitCode());
        Set<String> before = export(store);

        Files.writeString(article, Files.readString(article).replace("HÀ NỘI", "VIENTIANE"));
        CliRun reload = CliRun.of("load", "--store", store, dir.toString());
        assertTrue(reload.out().contains("0 new, 1 replaced, 1 unchanged"), reload.out());
        Set<String> after = export(store);
        Set<String> otherBefore = only(before, "004_12d21b6b6f823ac9");
        assertEquals(otherBefore, only(after, "004_12d21b6b6f823ac9"));
        assertTrue(after.stream().anyMatch(q -> q.contains("id/place/vientiane") && q.contains("000_dc28ce060877cb66")));
        assertFalse(after.stream().anyMatch(q -> q.contains("dateline") && q.contains("id/place/ha-noi")
                && q.contains("article/000_dc28ce060877cb66>")));
    }

    @Test
    void aDateLineAloneOrAFutureDateLoadsWithOneWarningLineEach() throws IOException {
        Path dateOnly = write(tmp, "dateonly.txt", " date 2025-12-03\n".getBytes(StandardCharsets.UTF_8));
        String seed = Files.readString(SEEDS.resolve(GOOD));
        Path future = write(tmp, "future.txt", seed.replace("date 2025-12-03", "date 2031-05-01").getBytes(StandardCharsets.UTF_8));
        String store = tmp.resolve("store").toString();
        CliRun run = CliRun.of("load", "--store", store, dateOnly.toString(), future.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.errLines().length, run.err());
        assertEquals("dkg: warning: " + dateOnly + ": a date line and no article text; loaded with no facts", run.errLines()[0]);
        assertTrue(run.errLines()[1].startsWith("dkg: warning: " + future + ": publication date 2031-05-01 is in the future"), run.err());
        assertTrue(run.out().contains("2 new, 0 replaced, 0 unchanged, 0 rejected"), run.out());
    }

    static Stream<Arguments> badInputs() {
        return Stream.<Arguments>of(
                Arguments.of("empty file", (Function<Path, Path>) dir -> write(dir, "empty.txt", new byte[0]), "empty file"),
                Arguments.of("binary file", (Function<Path, Path>) dir -> write(dir, "image.txt",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}), "binary file"),
                Arguments.of("Latin-1 text", (Function<Path, Path>) dir -> write(dir, "latin1.txt",
                        " date 2025-12-03 HANOI — Caf\u00e9 talks were held.".getBytes(StandardCharsets.ISO_8859_1)),
                        "not UTF-8 text"),
                Arguments.of("no date", (Function<Path, Path>) dir -> write(dir, "nodate.txt",
                        "Leaders met\n\nThe two sides agreed to boost trade.\n".getBytes(StandardCharsets.UTF_8)),
                        "no recognisable publication date"),
                Arguments.of("50 MB file", (Function<Path, Path>) LoadCommandTest::fiftyMegabytes, "file too large"),
                Arguments.of("directory without articles", (Function<Path, Path>) dir -> {
                    Path d = dir.resolve("nothing-here");
                    write(Path.of(mkdirs(d).toString()), "notes.md", "# not an article".getBytes(StandardCharsets.UTF_8));
                    return d;
                }, "directory holds no articles"),
                Arguments.of("missing path", (Function<Path, Path>) dir -> dir.resolve("no-such.txt"), "no such file or directory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGetsOneLineNamingItWhileTheGoodFileStillLoads(String what, Function<Path, Path> make, String problem)
            throws IOException {
        Path bad = make.apply(tmp);
        String store = tmp.resolve("store").toString();
        CliRun run = CliRun.of("load", "--store", store, bad.toString(), SEEDS.resolve(GOOD).toString());

        assertEquals(3, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertEquals("dkg: " + bad + ": " + problem, run.errLines()[0].substring(0, ("dkg: " + bad + ": " + problem).length()));
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.out().contains("1 new, 0 replaced, 0 unchanged, 1 rejected"), run.out());
        Set<String> quads = export(store);
        assertTrue(quads.stream().anyMatch(q -> q.contains("article/000_dc28ce060877cb66>")));
        String badStem = bad.getFileName().toString().replaceFirst("\\.txt$", "");
        assertFalse(quads.stream().anyMatch(q -> q.contains("article/" + badStem + ">")));
    }

    @Test
    void aDirectoryThatIsNotAStoreIsRefusedAndLeftAlone() throws IOException {
        Path notStore = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(notStore.resolve("holiday.jpg"), "not a database");
        CliRun run = CliRun.of("load", "--store", notStore.toString(), SEEDS.resolve(GOOD).toString());
        assertEquals(3, run.exitCode());
        assertEquals("dkg: " + notStore + ": not a TDB2 store (no Data-NNNN folder; name an empty or new directory "
                + "to create one)", run.errLines()[0]);
        try (Stream<Path> files = Files.list(notStore)) {
            assertEquals(List.of(notStore.resolve("holiday.jpg")), files.toList());
        }
    }

    @Test
    void stackTracesOnlyWithVerbose() throws IOException {
        Path notStore = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(notStore.resolve("x"), "x");
        CliRun quiet = CliRun.of("load", "--store", notStore.toString(), SEEDS.resolve(GOOD).toString());
        assertFalse(quiet.err().contains("\tat "), quiet.err());
        CliRun verbose = CliRun.of("load", "--verbose", "--store", notStore.toString(), SEEDS.resolve(GOOD).toString());
        assertTrue(verbose.err().contains("\tat "), verbose.err());
        assertEquals(3, verbose.exitCode());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("load", "--no-such-option", "seeds");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    private Set<String> export(String store) throws IOException {
        Path out = tmp.resolve("export-" + System.nanoTime() + ".nq");
        CliRun run = CliRun.of("export", "--store", store, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        // The load-time records change only when a graph is written; compare them as well.
        return new HashSet<>(Files.readAllLines(out));
    }

    private static Set<String> only(Set<String> quads, String stem) {
        Set<String> out = new HashSet<>();
        for (String q : quads) {
            if (q.endsWith("<https://w3id.org/diplomacy-kg/article/" + stem + "> .")) {
                out.add(q);
            }
        }
        return out;
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path d) {
        try {
            return Files.createDirectories(d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path fiftyMegabytes(Path dir) {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
