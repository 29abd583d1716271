package org.diplomacykg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplomacykg.article.ArticleFile;
import org.diplomacykg.article.RejectedInputException;

/**
 * Prints, for each pathological shape ({@link PathologicalArticles}) and size, what loading it
 * costs: the outcome (loaded, or the one-line reason), seconds from text to graph (wall clock,
 * and CPU seconds of the whole process: a shared machine stretches the first), and the peak
 * heap in use (sum of the heap pools' peaks, reset after a GC before each file). Not a test: run
 * it by hand, one JVM for the whole table, e.g.
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -Xmx2g -cp target/dkg.jar:target/test-classes org.diplomacykg.pipeline.PathologicalArticleBenchmark 100000,500000,1000000,1900000
 * </pre>
 * The parser's models are loaded (and the heap they take counted) before the first file.
 */
public final class PathologicalArticleBenchmark {
    private PathologicalArticleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "100000,500000,1000000,1900000";
        Path dir = Files.createTempDirectory("dkg-pathological");
        ArticleGraphBuilder builder = new ArticleGraphBuilder();
        builder.build(builder.readFile(Path.of("seeds/000_dc28ce060877cb66.txt")));   // models loaded
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%-17s %9s %8s %8s %9s  %s%n", "shape", "bytes", "seconds", "CPU s", "peak MB", "outcome");
        for (PathologicalArticles shape : PathologicalArticles.values())
            for (String size : sizes.split(",")) {
                Path file = shape.write(dir, Integer.parseInt(size.strip()));
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                long cpu0 = os.getProcessCpuTime();
                String outcome;
                try {
                    ArticleFile read = builder.readFile(file);
                    outcome = "loaded: " + builder.build(read).graph().size() + " triples";
                } catch (RejectedInputException e) {
                    outcome = "rejected: " + e.userMessage().substring(file.toString().length() + 2);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf("%-17s %9d %8.1f %8.1f %9.0f  %s%n", shape.label(), Files.size(file), seconds, cpu, peak / 1e6, outcome);
                Files.delete(file);
            }
    }
}
