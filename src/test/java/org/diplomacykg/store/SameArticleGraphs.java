package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.diplomacykg.rdf.vocab.KG;

/** Asserts that two stores hold the same article graphs, graph by graph, up to isomorphism. */
public final class SameArticleGraphs {
    private SameArticleGraphs() {
    }

    /** The same article graphs and the same ontology graph; returns the number of article graphs. */
    public static int assertSame(Path expectedStore, Path actualStore) throws StoreUnavailableException {
        int n = assertSameArticleGraphs(expectedStore, actualStore);
        try (KgStore expected = KgStore.open(expectedStore); KgStore actual = KgStore.open(actualStore)) {
            assertTrue(expected.copyOf(KG.ontologyGraph()).isIsomorphicWith(actual.copyOf(KG.ontologyGraph())),
                    "the same ontology graph");
        }
        return n;
    }

    /** The same article graphs, each isomorphic to its namesake; returns their number. */
    public static int assertSameArticleGraphs(Path expectedStore, Path actualStore) throws StoreUnavailableException {
        try (KgStore expected = KgStore.open(expectedStore); KgStore actual = KgStore.open(actualStore)) {
            List<Node> names = expected.articleGraphs();
            assertEquals(names, actual.articleGraphs(), "the same article graphs");
            for (Node name : names) {
                Graph want = expected.copyOf(name);
                Graph got = actual.copyOf(name);
                assertTrue(want.isIsomorphicWith(got), name + ": " + want.size() + " triples expected, "
                        + got.size() + " found, not isomorphic");
            }
            return names.size();
        }
    }
}
