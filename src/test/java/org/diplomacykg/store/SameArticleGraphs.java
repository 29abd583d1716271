package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Asserts that two stores hold the same article graphs, graph by graph, up to isomorphism. */
public final class SameArticleGraphs {
    private SameArticleGraphs() {
    }

    /** @return the number of article graphs compared */
    public static int assertSame(Path expectedStore, Path actualStore) throws StoreUnavailableException {
        try (KgStore expected = KgStore.open(expectedStore); KgStore actual = KgStore.open(actualStore)) {
            List<Node> names = expected.articleGraphs();
            assertEquals(names, actual.articleGraphs(), "the same article graphs");
            for (Node name : names) {
                Graph want = expected.copyOf(name);
                Graph got = actual.copyOf(name);
                assertTrue(want.isIsomorphicWith(got), name + ": " + want.size() + " triples expected, "
                        + got.size() + " found, not isomorphic");
            }
            assertTrue(expected.copyOf(org.diplomacykg.rdf.vocab.KG.ontologyGraph())
                    .isIsomorphicWith(actual.copyOf(org.diplomacykg.rdf.vocab.KG.ontologyGraph())), "the same ontology graph");
            return names.size();
        }
    }
}
