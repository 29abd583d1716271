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
 * {@code dkg serve} on the store over HTTP (loopback, port 0) a fixed number of times; the
 * latency of each answer read to the end. A query that times out is not repeated.
 */
public record QueryFigures(String name, int runs, double p50Millis, double p95Millis, long bytes, String failure) {

    public static List<QueryFigures> measure(Path store, SavedQueries queries, int runs, Duration timeout)
            throws IOException, InterruptedException {
        ServeConfig config = ServeConfig.builder().store(store).host("127.0.0.1").port(0).timeout(timeout)
                .adminArea(store.resolveSibling("fuseki")).build();
        List<QueryFigures> out = new ArrayList<>();
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
            for (String name : queries.names()) {
                out.add(one(http, endpoint, queries.get(name), runs, timeout));
            }
        }
        return out;
    }

    private static QueryFigures one(HttpClient http, URI endpoint, SavedQuery q, int runs, Duration timeout)
            throws IOException, InterruptedException {
        Map<String, String> values = new HashMap<>();
        for (QueryParam p : q.params()) {
            if (p.mustBeGiven() && p.example() != null) {
                values.put(p.name(), p.example());
            }
        }
        Query bound = ParameterBinder.apply(q.query(), ParameterBinder.bind(q, values));
        String form = "query=" + URLEncoder.encode(bound.serialize(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout.plusSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", q.query().isSelectType() || q.query().isAskType()
                        ? "application/sparql-results+json" : "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        double[] millis = new double[runs];
        long bytes = 0;
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                // the server's limit stops a query only where its iterators check it; the figure is the same
                double ms = (System.nanoTime() - t0) / 1e6;
                return new QueryFigures(q.name(), 0, ms, ms, 0, "no answer within " + (timeout.toSeconds() + 10)
                        + " s (timed out)");
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) {
                return new QueryFigures(q.name(), 0, ms, ms, 0, "HTTP " + response.statusCode()
                        + (response.statusCode() == 503 ? " (timed out after " + timeout.toSeconds() + " s)" : ""));
            }
            if (i >= 0) { // the first run warms caches and is not counted
                millis[i] = ms;
                bytes = response.body().length;
            }
        }
        Arrays.sort(millis);
        return new QueryFigures(q.name(), runs, percentile(millis, 50), percentile(millis, 95), bytes, null);
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
