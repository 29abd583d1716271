package org.diplomacykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.store.KgStore;

/**
 * Prints how fast {@code load} runs and how big the store grows, on a corpus made of the seed
 * articles copied under new names. Not a test: run it by hand, e.g.
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -cp target/dkg.jar:target/test-classes org.diplomacykg.pipeline.LoadBenchmark 2000
 * </pre>
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("dkg-bench");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < articles; i++) {
            Path seed = seeds.get(i % seeds.size());
            Files.copy(seed, corpus.resolve(String.format("bench_%06d.txt", i)));
        }
        Runtime rt = Runtime.getRuntime();
        Path storeDir = work.resolve("store");
        try (KgStore store = KgStore.open(storeDir)) {
            ArticleLoader loader = new ArticleLoader(new ArticleGraphBuilder(), r -> System.err.println(r.userMessage()),
                    Progress.NONE);
            long t0 = System.nanoTime();
            LoadReport first = loader.load(List.of(corpus), store);
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            LoadReport again = loader.load(List.of(corpus), store);
            double againSeconds = (System.nanoTime() - t1) / 1e9;
            long quads = store.quadCount();
            System.out.printf("articles            %d%n", articles);
            System.out.printf("first load          %.1f s  (%.1f articles/s)  %s%n", firstSeconds, articles / firstSeconds, first.summary());
            System.out.printf("reload (unchanged)  %.1f s  (%.1f articles/s)  %s%n", againSeconds, articles / againSeconds, again.summary());
            System.out.printf("quads in store      %d%n", quads);
            System.out.printf("store on disk       %.1f MB apparent size (TDB2 files are sparse: 'du -sh %s' gives blocks used)%n",
                    size(storeDir) / 1e6, storeDir);
            System.out.printf("heap in use         %.0f MB (max %.0f MB)%n", (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
