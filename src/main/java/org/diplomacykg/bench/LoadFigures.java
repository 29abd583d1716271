package org.diplomacykg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.LoadReport;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.pipeline.StageTimes;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreExport;
import org.diplomacykg.store.StoreUnavailableException;

/**
 * One load of a corpus measured: {@code dkg load}'s path into an empty store, then the same quads
 * (exported as N-Quads) through TDB2's parallel bulk loader into another empty store.
 */
public record LoadFigures(int articles, int workers, LoadReport report, long quads, double seconds, double cpuSeconds,
                          StageTimes stages, long peakHeapBytes, long storeBytes, double bulkSeconds, long bulkBytes) {

    public static LoadFigures measure(List<Path> corpus, int workers, Path work) throws IOException, StoreUnavailableException {
        Path storeDir = work.resolve("store");
        StageTimes stages = new StageTimes();
        ArticleLoader loader = new ArticleLoader(() -> new ArticleGraphBuilder().timedInto(stages), workers,
                r -> System.err.println("dkg bench: " + r.userMessage()), Progress.NONE);
        resetPeaks();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        LoadReport report;
        double seconds;
        double cpuSeconds;
        long peak;
        long quads;
        long storeBytes;
        Path nq = work.resolve("store.nq");
        try (KgStore store = KgStore.open(storeDir)) {
            report = loader.load(corpus, store);
            seconds = (System.nanoTime() - t0) / 1e9;
            cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            peak = peakHeap();
            quads = store.quadCount();
            storeBytes = store.diskBytes();
            try (OutputStream out = Files.newOutputStream(nq)) {
                new StoreExport(store).write(out, StoreExport.Format.nquads, null);
            }
        }
        Path bulkDir = work.resolve("bulk");
        double bulkSeconds = bulkLoad(nq, bulkDir);
        long bulkBytes = KgStore.diskBytes(bulkDir);
        Files.delete(nq);
        return new LoadFigures(corpus.size(), workers, report, quads, seconds, cpuSeconds, stages, peak, storeBytes,
                bulkSeconds, bulkBytes);
    }

    /** Seconds for {@code tdb2.tdbloader --loader=parallel} on the file, into an empty store. */
    private static double bulkLoad(Path nquads, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            long t0 = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(List.of(nquads.toString()));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double quadsPerSecond() {
        return quads / seconds;
    }

    public double bulkQuadsPerSecond() {
        return quads / bulkSeconds;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of every heap pool's peak since the reset (an upper bound of the peak heap in use). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
