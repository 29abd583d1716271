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
import org.diplomacykg.bench.SyntheticCorpus;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.StageTimes;
import org.diplomacykg.query.SavedQueries;
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
        footer = {"", "Exit codes: 0 done, 1 failure, 2 usage."})
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
    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "10", description = "Timed runs per query, after one warm-up (default ${DEFAULT-VALUE}).")
    int queryRuns;
    @Option(names = "--query-timeout", paramLabel = "D", defaultValue = "30s", converter = DurationConverter.class,
            description = "The server's query time limit (default ${DEFAULT-VALUE}); a query that reaches it is not repeated.")
    Duration queryTimeout;
    @Option(names = "--work", paramLabel = "DIR", description = "Keep the corpora and stores in DIR instead of a removed temporary folder.")
    Path work;
    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Only write the synthetic corpus of each size to DIR/nN/ and stop, to time another engine on it "
                    + "(e.g. dkg extract --engine spark).")
    Path writeCorpus;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || queryRuns < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--sizes, --threads and --query-runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (writeCorpus != null) {
            for (int n : sizes) {
                Path dir = writeCorpus.resolve("n" + n);
                SyntheticCorpus.write(seeds, n, dir);
                out.println("dkg bench: wrote " + n + " synthetic articles to " + dir);
            }
            out.flush();
            return ExitCodes.OK;
        }
        Path root = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dkg-bench");
        SavedQueries queries = SavedQueries.load(queriesDir);
        try {
            for (int n : sizes) {
                Path dir = root.resolve("n" + n);
                List<Path> corpus = SyntheticCorpus.write(seeds, n, dir.resolve("corpus"));
                LoadFigures load = LoadFigures.measure(corpus, threads, dir);
                print(out, load);
                out.flush();
                List<QueryFigures> timed = QueryFigures.measure(dir.resolve("store"), queries, queryRuns, queryTimeout);
                out.printf("  saved queries through dkg serve, ms over %d runs after a warm-up:%n", queryRuns);
                out.printf("    %-20s %9s %9s %10s%n", "query", "p50", "p95", "bytes");
                for (QueryFigures q : timed) {
                    if (q.failure() != null) {
                        out.printf("    %-20s %s%n", q.name(), q.failure());
                    } else {
                        out.printf("    %-20s %9.1f %9.1f %10d%n", q.name(), q.p50Millis(), q.p95Millis(), q.bytes());
                    }
                }
                out.flush();
                if (work == null) {
                    delete(dir);
                }
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
