package org.diplomacykg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diplomacykg.bench.LoadFigures;
import org.diplomacykg.bench.QueryFigures;
import org.diplomacykg.bench.ReplicatedStore;
import org.diplomacykg.bench.SyntheticCorpus;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.pipeline.StageTimes;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dkg bench}: load speed, store size and saved-query latency on synthetic corpora, as figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: for each size, write a synthetic corpus made from the seed articles, load it as 'dkg load'",
                "does into an empty store, load the same quads with TDB2's parallel bulk loader, and time every saved query",
                "through 'dkg serve'. Prints articles/s, quads/s, CPU per article, the ratio to the bulk loader, disk against",
                "the bulk-loaded store, peak heap and p50/p95 per query. Work files go to a temporary folder, removed after."},
        footer = {"", "--query-scale times the saved queries on stores of 10k or 100k articles without parsing them: the",
                "graphs of --parsed N synthetic articles loaded through the pipeline, copied with their own IRIs until each",
                "size is reached, bulk-loaded (replicated graphs, not parsed text; about 240 KB of disk per article).",
                "", "--store DIR only times the saved queries on an existing store (e.g. one kept by --work), loading nothing:",
                "the store is served as 'dkg serve' serves it, and changed no more than that.",
                "", "Exit codes: 0 done, 1 failure, 2 usage, 3 the --store directory is missing or not a TDB2 store, or the --seeds",
                "directory is missing."})
public class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    VerboseOption verboseOption;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N…]", defaultValue = "1000,10000",
            description = "Corpus sizes in articles (default ${DEFAULT-VALUE}; 100000 on request).")
    List<Integer> sizes;
    @Option(names = "--threads", paramLabel = "N", description = "Load workers (default: one per core, ${DEFAULT-VALUE}).")
    int threads = ArticleLoader.defaultWorkers();
    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Seed articles (default ${DEFAULT-VALUE}).")
    Path seeds;
    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Saved queries to time (default ${DEFAULT-VALUE}; the packaged ones when it has no *.rq).")
    Path queriesDir;
    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "10", description = "Timed runs per query, one per round of every query (default ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--warm-rounds", paramLabel = "N", defaultValue = "3",
            description = "Untimed rounds of every query after its first answer and before the timed ones, so the figures are a warm server's (default ${DEFAULT-VALUE}).")
    int warmRounds;
    @Option(names = "--query-timeout", paramLabel = "D", defaultValue = "30s", converter = DurationConverter.class,
            description = "The server's query time limit (default ${DEFAULT-VALUE}); a query that reaches it is not repeated.")
    Duration queryTimeout;
    @Option(names = "--work", paramLabel = "DIR", description = "Keep the corpora and stores in DIR instead of a removed temporary folder.")
    Path work;
    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Only write the synthetic corpus of each size to DIR/nN/ and stop, to time another engine on it "
                    + "(e.g. dkg extract --engine spark).")
    Path writeCorpus;

    @Option(names = "--query-scale",
            description = "Only time the saved queries, on stores of each size built from replicated graphs: --parsed "
                    + "synthetic articles loaded through the pipeline, their graphs copied with distinct IRIs per copy.")
    boolean queryScale;
    @Option(names = "--parsed", paramLabel = "N", defaultValue = "100",
            description = "With --query-scale: articles loaded through the pipeline and then copied (default ${DEFAULT-VALUE}).")
    int parsed;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Only time the saved queries on this existing store, through 'dkg serve', without loading "
                    + "anything (--sizes, --work and --query-scale do not apply).")
    Path store;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || queryRuns < 1 || warmRounds < 0 || parsed < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--sizes, --threads, --parsed and --query-runs must be at least 1, --warm-rounds at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (store == null && !Files.isDirectory(seeds)) {
            // every mode but --store makes its corpus from the seeds: say so before any folder is made
            throw new DkgException(ExitCodes.INPUT_REJECTED, "--seeds " + seeds + ": no such directory (the synthetic corpus is made from it)");
        }
        if (writeCorpus != null) {
            for (int n : sizes) {
                Path dir = writeCorpus.resolve("n" + n);
                SyntheticCorpus.write(seeds, n, dir);
                out.println("dkg bench: wrote " + n + " synthetic articles to " + dir);
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (store != null) {
            return timeStore(out);
        }
        Path root = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dkg-bench");
        SavedQueries queries = SavedQueries.load(queriesDir);
        // both modes leave nothing behind but a --work folder, and end a store that cannot be opened in one line
        try {
            if (queryScale) {
                queryScale(out, root, queries);
            } else {
                loadAndQuery(out, root, queries);
            }
        } catch (StoreUnavailableException e) {
            throw new DkgException(ExitCodes.FAILURE, e.getMessage(), e);
        } finally {
            if (work == null) {
                delete(root);
            }
        }
        return ExitCodes.OK;
    }

    /** The saved queries on an existing store, which must be there: an empty store would time nothing. */
    private int timeStore(PrintWriter out) throws IOException, InterruptedException {
        if (!Files.isDirectory(store)) {
            throw new DkgException(ExitCodes.INPUT_REJECTED, "--store " + store + ": no such directory");
        }
        if (!KgStore.holdsGeneration(store)) {
            throw new DkgException(ExitCodes.INPUT_REJECTED, "--store " + store + ": not a TDB2 store (no Data-NNNN folder)");
        }
        SavedQueries queries = SavedQueries.load(queriesDir);
        out.printf("dkg bench: saved queries on the store %s (%.1f MB on disk)%n", store, KgStore.diskBytes(store) / 1e6);
        out.flush();
        printQueries(out, QueryFigures.measure(store, queries, queryRuns, warmRounds, queryTimeout));
        return ExitCodes.OK;
    }

    /** At each size: a synthetic corpus loaded as dkg load does, the bulk loader beside it, then the saved queries. */
    private void loadAndQuery(PrintWriter out, Path root, SavedQueries queries)
            throws IOException, InterruptedException, StoreUnavailableException {
        for (int n : sizes) {
            Path dir = root.resolve("n" + n);
            List<Path> corpus = SyntheticCorpus.write(seeds, n, dir.resolve("corpus"));
            LoadFigures load = LoadFigures.measure(corpus, threads, dir);
            print(out, load);
            out.flush();
            printQueries(out, QueryFigures.measure(dir.resolve("store"), queries, queryRuns, warmRounds, queryTimeout));
            if (work == null) {
                delete(dir);
            }
        }
    }

    /**
     * The saved queries at each size on a store of replicated graphs: the parsed articles' graphs
     * loaded once through the pipeline, copied to the size and bulk-loaded (see {@link ReplicatedStore}).
     */
    private void queryScale(PrintWriter out, Path root, SavedQueries queries)
            throws IOException, InterruptedException, StoreUnavailableException {
        Path baseDir = root.resolve("parsed" + parsed);
        List<Path> corpus = SyntheticCorpus.write(seeds, parsed, baseDir.resolve("corpus"));
        ArticleLoader loader = new ArticleLoader(ArticleGraphBuilder::new, threads,
                r -> System.err.println("dkg bench: " + r.userMessage()), Progress.NONE);
        ReplicatedStore replicas;
        try (KgStore base = KgStore.open(baseDir.resolve("store"))) {
            // a kept --work folder keeps its stores: their graphs are not parsed again (unchanged files are skipped)
            out.printf("dkg bench: query scale: %s%n", loader.load(corpus, base).summary());
            replicas = new ReplicatedStore(base);
        }
        out.flush();
        for (int n : sizes) {
            Path dir = root.resolve("replicated" + n);
            ReplicatedStore.Figures f;
            Path kept = dir.resolve("store");
            // any generation counts: a kept store that was compacted holds Data-0002, not Data-0001
            if (work != null && Files.isDirectory(kept) && KgStore.holdsGeneration(kept)) {
                f = new ReplicatedStore.Figures(replicas.parsedArticles(), n, -1, 0, KgStore.diskBytes(dir.resolve("store")));
                out.printf("dkg bench: reusing the store of %d replicated articles kept in %s%n", n, dir.resolve("store"));
            } else {
                f = replicas.build(n, dir.resolve("store"));
            }
            out.printf("dkg bench: %d articles: REPLICATED GRAPHS, NOT PARSED TEXT: the graphs of %d synthetic articles "
                    + "(from the seeds) loaded through the pipeline, copied %d times with their own article, event, "
                    + "commitment, project, target, role-assignment and text-only person and place IRIs; gazetteer "
                    + "entities shared%n", f.articles(), f.parsedArticles(),
                    (f.articles() + f.parsedArticles() - 1) / f.parsedArticles());
            if (f.quads() >= 0) {
                out.printf("  bulk load       %8.1f s  %d quads  disk %.1f MB%n", f.seconds(), f.quads(), f.diskBytes() / 1e6);
            }
            out.flush();
            printQueries(out, QueryFigures.measure(dir.resolve("store"), queries, queryRuns, warmRounds, queryTimeout));
            if (work == null) {
                delete(dir);
            }
        }
    }

    private void printQueries(PrintWriter out, List<QueryFigures> timed) {
        out.printf("  saved queries through dkg serve, ms: the first answer (cold), then p50/p95 over %d rounds of every query after %d warm-up rounds:%n",
                queryRuns, warmRounds);
        out.printf("    %-20s %9s %9s %9s %10s%n", "query", "first", "p50", "p95", "bytes");
        for (QueryFigures q : timed) {
            if (q.failure() != null) {
                out.printf("    %-20s %s%n", q.name(), q.failure());
            } else {
                out.printf("    %-20s %9.1f %9.1f %9.1f %10d%n", q.name(), q.firstMillis(), q.p50Millis(), q.p95Millis(), q.bytes());
            }
        }
        out.flush();
    }

    private static void print(PrintWriter out, LoadFigures f) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("dkg bench: %d articles (synthetic, from the seeds), %d workers, %d cores%n", f.articles(), f.workers(), cores);
        out.printf("  load            %8.1f s  %8.1f articles/s  %9.0f quads/s  %.4f CPU-s/article  CPU use %.0f %%  (%s)%n",
                f.seconds(), f.articlesPerSecond(), f.quadsPerSecond(), f.cpuSeconds() / f.articles(),
                100 * f.cpuSeconds() / f.seconds(), f.report().summary());
        StageTimes s = f.stages();
        out.printf("  build steps     read %.1f s, document %.1f s, extract %.1f s, rdf %.1f s, validate %.1f s (summed over workers)%n",
                s.readSeconds(), s.documentSeconds(), s.extractSeconds(), s.rdfSeconds(), s.validateSeconds());
        out.printf("  NLP annotators  %.1f s alone (the document step) against %.1f s for the whole load%n",
                s.documentSeconds(), f.seconds());
        out.printf("  parallel loader %8.1f s  %9.0f quads/s  (%d quads; dkg load reaches %.2f of its quads/s)%n",
                f.bulkSeconds(), f.bulkQuadsPerSecond(), f.quads(), f.quadsPerSecond() / f.bulkQuadsPerSecond());
        out.printf("  disk            %.1f MB, bulk-loaded %.1f MB, ratio %.2f%n",
                f.storeBytes() / 1e6, f.bulkBytes() / 1e6, (double) f.storeBytes() / f.bulkBytes());
        out.printf("  peak heap       %.0f MB (max %.0f MB)%n", f.peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
