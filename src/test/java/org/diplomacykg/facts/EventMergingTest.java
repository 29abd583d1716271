package org.diplomacykg.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.store.ArticleGraph;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two articles telling the same talks and visit give one event IRI, stated in each article's graph. */
class EventMergingTest {

    @Test
    void theSameEventToldTwiceIsOneIri(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, " date 2026-03-04 SUDSTAD — President Anna Berg held talks with Sudland President Olav Lind "
                + "in Sudstad on March 3, during her state visit to Sudland.");
        Files.writeString(b, " date 2026-03-05 NORDBY — Norland and Sudland agreed to expand trade after the talks between "
                + "Anna Berg and Olav Lind.\n\nDuring the state visit to Sudland by President Anna Berg on March 3-4, "
                + "Berg held talks with Lind.");
        ArticleGraphBuilder builder = new ArticleGraphBuilder(new ArticleFileReader(), new ArticleExtractor(ArticleFixtures::mentions));
        List<ArticleGraph> graphs = new ArrayList<>();
        for (Path p : List.of(a, b)) {
            graphs.add(builder.build(builder.readFile(p)));
        }
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            store.replace(graphs);
            List<String> rows = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                String q = "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> "
                        + "SELECT ?e (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?e a ?t } VALUES ?t { dip:Talks dip:StateVisit } } "
                        + "GROUP BY ?e ORDER BY ?e";
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        out.add(row.getResource("e").getURI().replaceAll(".*/", "") + " " + row.getLiteral("n").getInt());
                    }
                }
                return out;
            });
            assertEquals(List.of("2026-03-talks-anna-berg-olav-lind 2", "anna-berg-state-visit-to-sudland-2026-03 2"), rows);
        }
    }
}
