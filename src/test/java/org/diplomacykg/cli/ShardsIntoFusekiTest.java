package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.serve.ServeConfig;
import org.diplomacykg.store.SameArticleGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path the README gives for a store that outgrows TDB2: the shards of {@code dkg extract}
 * POSTed as N-Quads to a SPARQL store's Graph Store Protocol endpoint (here a Fuseki dataset,
 * {@code dkg serve --update}) give the article graphs that {@code dkg load} gives.
 */
class ShardsIntoFusekiTest {
    static final List<String> ARTICLES = List.of("000_dc28ce060877cb66.txt", "004_12d21b6b6f823ac9.txt");

    @TempDir
    Path tmp;

    @Test
    void shardsPostedToAFusekiDatasetHoldTheGraphsOfDkgLoad() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String a : ARTICLES) {
            Files.copy(Path.of("seeds", a), in.resolve(a));
        }
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("extract", in.toString(), "--out", out.toString()).exitCode());

        Path served = tmp.resolve("served");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(served.toString());
        Path realm = Files.writeString(tmp.resolve("realm"), "loader: s3cret\n");
        KgServer server = KgServer.start(dsg, ServeConfig.builder().port(0).timeout(Duration.ofSeconds(30)).update(true)
                .passwordFile(realm).adminArea(tmp.resolve("fuseki")).build());
        try (Stream<Path> shards = Files.list(out.resolve("graphs"))) {
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("loader:s3cret".getBytes(StandardCharsets.UTF_8));
            URI data = URI.create(server.url() + "kg/data");
            for (Path shard : shards.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(data).header("Authorization", auth)
                        .header("Content-Type", "application/n-quads")
                        .POST(HttpRequest.BodyPublishers.ofFile(shard)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
            }
        } finally {
            server.close();
            TDBInternal.expel(dsg);
        }

        Path loaded = tmp.resolve("loaded");
        assertEquals(0, CliRun.of("load", "--store", loaded.toString(), in.toString()).exitCode());
        assertEquals(2, SameArticleGraphs.assertSameArticleGraphs(loaded, served));
    }
}
