package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.query.QueryFailedException;
import org.diplomacykg.query.QueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SELECT whose results the server is streaming when its time limit cuts it: the client says so in one line. */
class ServerTimeoutMessageTest {
    @Test
    void aStreamingSelectCutByTheServersLimitIsReportedAsSuch(@TempDir Path dir) throws Exception {
        DatasetGraph dsg = ServeFixture.createStore(dir);
        try (KgServer server = KgServer.start(dsg, ServeConfig.builder().port(0).timeout(Duration.ofSeconds(1))
                .adminArea(dir.resolve("fuseki")).build())) {
            // rows come at once and never stop: a cross product of every quad with itself, four times
            var query = QueryFactory.create("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }");
            QueryFailedException e = assertThrows(QueryFailedException.class,
                    () -> QueryRunner.remote(server.datasetUrl().toString(), Duration.ofSeconds(60)).run(query));
            assertTrue(e.getMessage().startsWith("the server stopped the query at its time limit"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
