package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-second run of {@link ServeLoadBenchmark}: the mix answers without errors and the report has its figures. */
class ServeLoadSmokeTest {
    @Test
    void aShortRunReportsThroughputLatencyErrorsAndMemory(@TempDir Path dir) throws Exception {
        DatasetGraph dsg = ServeFixture.createStore(dir);
        try (KgServer server = KgServer.start(dsg, ServeConfig.builder().port(0).adminArea(dir.resolve("fuseki"))
                .articleDirs(List.of(ServeFixture.articlesDir(dir))).build())) {
            List<String> paths = ServeLoadBenchmark.paths(dsg);
            assertTrue(paths.contains("id/person/to-lam"), paths.toString());
            ServeLoadBenchmark.Result r = ServeLoadBenchmark.run(server.url(), paths, 2, Duration.ofSeconds(2));
            assertEquals(0, r.errors(), r.report());
            assertTrue(r.requests() > 0 && r.p99() >= r.p50(), r.report());
            assertTrue(r.report().matches("(?s)\\d+ requests in .* req/s; latency p50 \\d+ ms, p95 \\d+ ms, p99 \\d+ ms; errors 0; RSS .*"), r.report());
        } finally {
            TDBInternal.expel(dsg);
        }
        assertThrows(IllegalArgumentException.class,
                () -> ServeLoadBenchmark.run(URI.create("http://192.0.2.7:3030/"), List.of(""), 1, Duration.ofSeconds(1)));
    }
}
