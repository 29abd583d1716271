package org.diplomacykg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.serve.RequestLogFilter;
import org.diplomacykg.serve.ServeConfig;

/**
 * Every saved query, with its documented example for each required parameter, sent to a
 * {@code dkg serve} on the store over HTTP (loopback, port 0); the latency of each answer read to
 * the end. The first answer of each query is kept apart ({@code firstMillis}: a cold server, whose
 * JIT has not compiled that query's operators yet); then whole rounds of every query warm the server
 * (a served endpoint is warm: in a fresh JVM a query's first half-dozen runs took 1.5-6 times its
 * settled time), and the timed rounds follow, every query once per round, so that no query is timed
 * only right after itself. A query that fails or times out is not repeated.
 */
public record QueryFigures(String name, int runs, double firstMillis, double p50Millis, double p95Millis, long bytes, String failure) {

    public static List<QueryFigures> measure(Path store, SavedQueries queries, int runs, int warmRounds, Duration timeout)
            throws IOException, InterruptedException {
        ServeConfig config = ServeConfig.builder().store(store).host("127.0.0.1").port(0).timeout(timeout)
                .adminArea(store.resolveSibling("fuseki")).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // One log line per request would bury the figures: Fuseki's own, and the server's request
        // log ("POST /kg/sparql 200 43 ms", RequestLogFilter's logger).
        org.apache.jena.fuseki.system.FusekiLogging.setLogging();
        for (String log : List.of("Fuseki", "Request", "Server", "Config", "Admin")) {
            org.apache.jena.atlas.logging.LogCtl.setLevel("org.apache.jena.fuseki." + log, "WARN");
        }
        org.apache.jena.atlas.logging.LogCtl.setLevel(RequestLogFilter.LOGGER_NAME, "WARN");
        // A query stopped by the time limit, or whose answer the client stopped reading, is logged by
        // Fuseki as a warning with a stack trace (Jena 5.6 also trips a NullPointerException closing
        // a cancelled hash join); the figures say "timed out" instead.
        org.apache.jena.atlas.logging.LogCtl.setLevel("org.apache.jena.fuseki.Fuseki", "ERROR");
        // A query cancelled by the timeout leaves a warning per open iterator; the figures say "timed out".
        org.apache.jena.atlas.logging.LogCtl.setLevel("org.apache.jena.sparql.engine.iterator.QueryIteratorCheck", "ERROR");
        try (KgServer server = KgServer.start(config)) {
            URI endpoint = server.datasetUrl().resolve(ServeConfig.DATASET + "/sparql");
            List<Timing> timings = new ArrayList<>();
            for (String name : queries.names()) {
                timings.add(new Timing(name, request(endpoint, queries.get(name), timeout), runs));
            }
            for (Timing t : timings) {
                t.first = t.send(http, timeout);
            }
            for (int round = 0; round < warmRounds; round++) {
                for (Timing t : timings) {
                    t.send(http, timeout);
                }
            }
            for (int round = 0; round < runs; round++) {
                for (Timing t : timings) {
                    t.millis[round] = t.send(http, timeout);
                }
            }
            List<QueryFigures> out = new ArrayList<>();
            for (Timing t : timings) {
                out.add(t.figures());
            }
            return out;
        }
    }

    private static HttpRequest request(URI endpoint, SavedQuery q, Duration timeout) {
        Map<String, String> values = new HashMap<>();
        for (QueryParam p : q.params()) {
            if (p.mustBeGiven() && p.example() != null) {
                values.put(p.name(), p.example());
            }
        }
        // the first page as the API sends it (a listing's page end bound)
        Query bound = q.bound(ParameterBinder.bind(q, values), null);
        String form = "query=" + URLEncoder.encode(bound.serialize(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(endpoint).timeout(timeout.plusSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", q.query().isSelectType() || q.query().isAskType()
                        ? "application/sparql-results+json" : "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** One query's requests so far; after a failure it sends nothing more. */
    private static final class Timing {
        final String name;
        final HttpRequest request;
        final double[] millis;
        double first;
        long bytes;
        String failure;

        Timing(String name, HttpRequest request, int runs) {
            this.name = name;
            this.request = request;
            this.millis = new double[runs];
        }

        /** Sends the query once and returns its latency in ms (0 once it has failed). */
        double send(HttpClient http, Duration timeout) throws IOException, InterruptedException {
            if (failure != null) {
                return 0;
            }
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                // the server's limit stops a query only where its iterators check it; the figure is the same
                failure = "no answer within " + (timeout.toSeconds() + 10) + " s (timed out)";
                return 0;
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) {
                failure = "HTTP " + response.statusCode()
                        + (response.statusCode() == 503 ? " (timed out after " + timeout.toSeconds() + " s)" : "");
                return 0;
            }
            bytes = response.body().length;
            return ms;
        }

        QueryFigures figures() {
            if (failure != null) {
                return new QueryFigures(name, 0, first, 0, 0, 0, failure);
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new QueryFigures(name, millis.length, first, percentile(sorted, 50), percentile(sorted, 95), bytes, null);
        }
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
