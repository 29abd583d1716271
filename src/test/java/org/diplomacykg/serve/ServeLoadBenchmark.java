package org.diplomacykg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A bounded load test of {@code dkg serve}: starts the server on the store (loopback, a free
 * port), runs N clients for a fixed time over a mix of linked-data pages, browse pages and
 * SPARQL queries, and prints requests per second, latency percentiles, errors and the
 * process's resident memory (server and clients share the JVM; the clients' part is small).
 * Not part of {@code mvn verify} (only a two-second smoke run is, in {@code ServeLoadSmokeTest}). Run it as
 * <pre>
 * mvn -q -B -DskipTests package test-compile
 * java -Xmx1g -cp target/dkg.jar:target/test-classes org.diplomacykg.serve.ServeLoadBenchmark data/store 12 60
 * </pre>
 * Arguments: store directory, clients (default 12), seconds (default 60, at most 900).
 */
public final class ServeLoadBenchmark {
    /** What one run measured. */
    record Result(long requests, long errors, double seconds, long p50, long p95, long p99, long rssStartKb, long rssEndKb,
                  long heapUsedMb) {
        String report() {
            return String.format("%d requests in %.1f s: %.1f req/s; latency p50 %d ms, p95 %d ms, p99 %d ms; errors %d;"
                            + " RSS %d MB -> %d MB; heap used %d MB",
                    requests, seconds, requests / seconds, p50, p95, p99, errors, rssStartKb / 1024, rssEndKb / 1024, heapUsedMb);
        }
    }

    private ServeLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args.length > 0 ? args[0] : "data/store");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int seconds = Math.min(900, args.length > 2 ? Integer.parseInt(args[2]) : 60);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try (KgServer server = KgServer.start(dsg, ServeConfig.builder().port(0).adminArea(Files.createTempDirectory("dkg-load"))
                .articleDirs(List.of(Path.of("seeds"))).build())) {
            System.out.println("serving " + store + " at " + server.url() + "; " + clients + " clients for " + seconds + " s");
            System.out.println(run(server.url(), paths(dsg), clients, Duration.ofSeconds(seconds)).report());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** The mix: every kind of page, a sample of resources, and small SPARQL queries. */
    static List<String> paths(DatasetGraph dsg) {
        List<String> paths = new ArrayList<>(List.of("", "browse/events", "browse/people", "browse/countries",
                "ontology", ".well-known/void"));
        List<String> resources = Txn.calculateRead(dsg, () -> {
            List<String> found = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> {
                if (found.size() < 200 && q.getSubject().isURI() && q.getSubject().getURI().startsWith(ServeFixtureBase.BASE + "id/")
                        && !q.getSubject().getURI().contains("#") && !found.contains(q.getSubject().getURI()))
                    found.add(q.getSubject().getURI());
            });
            return found;
        });
        for (String iri : resources)
            paths.add(iri.substring(ServeFixtureBase.BASE.length()));
        for (String q : List.of("SELECT ?s ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 50",
                "SELECT (COUNT(*) AS ?n) { ?s a ?c }",
                "ASK { ?s ?p ?o }"))
            paths.add("kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return paths;
    }

    /** Runs {@code clients} loops over {@code paths} against a loopback {@code base} for {@code duration}. */
    static Result run(URI base, List<String> paths, int clients, Duration duration) throws Exception {
        if (!java.net.InetAddress.getByName(base.getHost()).isLoopbackAddress())
            throw new IllegalArgumentException("the load test only targets this machine: " + base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long rssStart = rssKb();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String path = paths.get(i % paths.size());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/" + path))
                                .timeout(Duration.ofSeconds(60)).header("Accept", path.startsWith("kg/") ? "application/sparql-results+json" : "text/html")
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() >= 400)
                            errors.incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies.add((System.nanoTime() - s) / 1_000_000);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Runtime rt = Runtime.getRuntime();
        return new Result(sorted.size(), errors.get(), seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), rssStart, rssKb(),
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** This process's resident set (Linux), 0 where /proc is not there. */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmRSS:"))
                    return Long.parseLong(line.replaceAll("\\D", ""));
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The base of our IRIs, without importing the test fixture's contract spelling twice. */
    private static final class ServeFixtureBase {
        static final String BASE = org.diplomacykg.rdf.vocab.KG.BASE;
    }
}
