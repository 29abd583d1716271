package org.diplomacykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/** Counts per article graph, for {@code dkg info}. The query lives beside this class as a file. */
public final class StoreStatistics {
    private static final Query GRAPH_COUNTS = load("graph-counts.rq");

    /** One article graph's figures. */
    public record GraphCounts(String graph, String file, String date, long triples, long entities, long events,
                              long commitments, long projects) {
    }

    private final KgStore store;

    public StoreStatistics(KgStore store) {
        this.store = store;
    }

    public List<GraphCounts> perArticle() {
        return Txn.calculateRead(store.dataset(), () -> {
            List<GraphCounts> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(GRAPH_COUNTS).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new GraphCounts(s.getResource("g").getURI(), s.getLiteral("file").getString(),
                            s.contains("date") ? s.getLiteral("date").getLexicalForm() : "",
                            number(s, "triples"), number(s, "entities"), number(s, "events"),
                            number(s, "commitments"), number(s, "projects")));
                }
            }
            return out;
        });
    }

    private static long number(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLong() : 0;
    }

    private static Query load(String name) {
        try (InputStream in = StoreStatistics.class.getResourceAsStream(name)) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
