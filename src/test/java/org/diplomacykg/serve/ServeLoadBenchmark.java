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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;

/**
 * A bounded load test of {@code dkg serve}: starts the server on the store (loopback, a free
 * port), runs N clients for a fixed time over a mix of linked-data pages, browse pages, every
 * saved query's page ({@code /queries/NAME} with its documented example values) and the same
 * queries and small ones at {@code /kg/sparql}, and prints requests per second, latency
 * percentiles (overall and per kind of path), errors and the process's resident memory at the
 * start, after the warm-up (the first tenth of the run, at most 60 s) and at the end (server and
 * clients share the JVM; the clients' part is small).
 * Not part of {@code mvn verify} (only a two-second smoke run is, in {@code ServeLoadSmokeTest}). Run it as
 * <pre>
 * mvn -q -B -DskipTests package test-compile
 * java -Xmx1g -cp target/dkg.jar:target/test-classes org.diplomacykg.serve.ServeLoadBenchmark data/store 12 60 200
 * </pre>
 * Arguments: store directory, clients (default 12), seconds (default 60, at most 900), the rate to
 * hold in requests per second over all clients (default 0: as fast as the server answers).
 */
public final class ServeLoadBenchmark {
    /** What one run measured. */
    record Result(long requests, long errors, double seconds, long p50, long p95, long p99, long rssStartKb, long rssWarmKb,
                  long rssEndKb, long heapUsedMb, List<Long> rssByMinuteMb, Map<String, String> byKind) {
        String report() {
            StringBuilder b = new StringBuilder(String.format("%d requests in %.1f s: %.1f req/s; latency p50 %d ms, p95 %d ms, p99 %d ms; errors %d;"
                            + " RSS %d MB -> %d MB after warm-up -> %d MB at the end (%+.0f %% after warm-up); heap used %d MB of -Xmx %d MB",
                    requests, seconds, requests / seconds, p50, p95, p99, errors, rssStartKb / 1024, rssWarmKb / 1024, rssEndKb / 1024,
                    rssWarmKb == 0 ? 0.0 : 100.0 * (rssEndKb - rssWarmKb) / rssWarmKb, heapUsedMb, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            if (!rssByMinuteMb.isEmpty())
                b.append(String.format("%n  RSS at each minute (MB): %s", rssByMinuteMb));
            byKind.forEach((kind, figures) -> b.append(String.format("%n  %-14s %s", kind, figures)));
            return b.toString();
        }
    }

    private ServeLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args.length > 0 ? args[0] : "data/store");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int seconds = Math.min(900, args.length > 2 ? Integer.parseInt(args[2]) : 60);
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try (KgServer server = KgServer.start(dsg, ServeConfig.builder().port(0).adminArea(Files.createTempDirectory("dkg-load"))
                .articleDirs(List.of(Path.of("seeds"))).build())) {
            System.out.println("serving " + store + " at " + server.url() + "; " + clients + " clients for " + seconds + " s"
                    + (rate > 0 ? " at " + rate + " req/s" : ""));
            System.out.println(run(server.url(), paths(dsg), clients, Duration.ofSeconds(seconds), rate).report());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** The mix: every kind of page, a sample of resources, every saved query (page and endpoint), and small SPARQL queries. */
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
        SavedQueries saved = SavedQueries.load();
        for (String name : saved.names()) {
            SavedQuery q = saved.get(name);
            Map<String, String> values = new TreeMap<>();
            for (QueryParam p : q.params())
                if (p.mustBeGiven() && p.example() != null)
                    values.put(p.name(), p.example());
            StringBuilder page = new StringBuilder("queries/" + name);
            values.forEach((k, v) -> page.append(page.indexOf("?") < 0 ? '?' : '&').append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            paths.add(page.toString());
            Query bound = ParameterBinder.apply(q.query(), ParameterBinder.bind(q, values));
            paths.add("kg/sparql?query=" + URLEncoder.encode(bound.serialize(), StandardCharsets.UTF_8));
        }
        for (String q : List.of("SELECT ?s ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 50",
                "SELECT (COUNT(*) AS ?n) { ?s a ?c }",
                "ASK { ?s ?p ?o }"))
            paths.add("kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return paths;
    }

    /** Runs {@code clients} loops over {@code paths} against a loopback {@code base} for {@code duration}, as fast as answered. */
    static Result run(URI base, List<String> paths, int clients, Duration duration) throws Exception {
        return run(base, paths, clients, duration, 0);
    }

    /**
     * Runs {@code clients} loops over {@code paths} against a loopback {@code base} for
     * {@code duration}; with {@code rate} > 0 the clients together send that many requests per
     * second (each on its own schedule; a client behind it sends at once), else as fast as answered.
     */
    static Result run(URI base, List<String> paths, int clients, Duration duration, double rate) throws Exception {
        if (!java.net.InetAddress.getByName(base.getHost()).isLoopbackAddress())
            throw new IllegalArgumentException("the load test only targets this machine: " + base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long rssStart = rssKb();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        long end = t0 + duration.toNanos();
        long warm = t0 + Math.min(duration.toNanos() / 10, Duration.ofSeconds(60).toNanos());
        long interval = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            long start = t0 + (interval * c) / clients;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    if (interval > 0) {
                        long due = start + (i - offset) * interval;
                        long wait = due - System.nanoTime();
                        if (wait > 0)
                            TimeUnit.NANOSECONDS.sleep(wait);
                        if (System.nanoTime() >= end)
                            return null;
                    }
                    String path = paths.get(i % paths.size());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/" + path))
                                .timeout(Duration.ofSeconds(60)).header("Accept", path.startsWith("kg/") ? "application/sparql-results+json" : "text/html")
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() >= 400) {
                            errors.incrementAndGet();
                            System.err.println("load test: " + r.statusCode() + " " + path.substring(0, Math.min(100, path.length())));
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        System.err.println("load test: " + e + " " + path.substring(0, Math.min(100, path.length())));
                    }
                    latencies.computeIfAbsent(kind(path), k -> Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - s) / 1_000_000);
                }
                return null;
            });
        }
        pool.shutdown();
        long rssWarm = 0;
        List<Long> rssByMinute = new ArrayList<>();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            if (rssWarm == 0 && System.nanoTime() >= warm)
                rssWarm = rssKb();
            if (System.nanoTime() - t0 >= (rssByMinute.size() + 1) * 60_000_000_000L)
                rssByMinute.add(rssKb() / 1024);
        }
        if (rssWarm == 0)
            rssWarm = rssKb();
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>();
        Map<String, String> byKind = new TreeMap<>();
        latencies.forEach((kind, list) -> {
            List<Long> k = new ArrayList<>(list);
            Collections.sort(k);
            sorted.addAll(k);
            byKind.put(kind, String.format("%7d requests, p50 %4d ms, p95 %5d ms, p99 %5d ms", k.size(), pct(k, 50), pct(k, 95), pct(k, 99)));
        });
        Collections.sort(sorted);
        Runtime rt = Runtime.getRuntime();
        return new Result(sorted.size(), errors.get(), seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), rssStart, rssWarm,
                rssKb(), (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), rssByMinute, byKind);
    }

    /** The kind of a path, for the figures per kind: {@code id}, {@code browse}, {@code queries}, {@code kg/sparql}… */
    static String kind(String path) {
        if (path.isEmpty())
            return "landing";
        String first = path.split("[/?]", 2)[0];
        return first.equals("kg") ? "kg/sparql" : first;
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
