package org.diplomacykg.store;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Where loaded article graphs go: the local TDB2 store ({@link KgStore}) or a running server
 * over the Graph Store Protocol ({@link RemoteArticleTarget}). The loader treats both alike, so
 * a remote load validates and rejects exactly as a local one.
 */
public interface ArticleGraphTarget {
    /** The content hash stored with an article graph, if the target has that article. */
    Optional<String> storedHash(Node articleIri);

    /**
     * Replaces each article's graph with the one given, as one unit of work where the target has
     * transactions (one write transaction for a local store). Graphs are taken from the iterator
     * one at a time, so a long run need not hold them all in memory.
     */
    void replace(Iterator<ArticleGraph> graphs);

    /** Replaces each article's graph with the given one, as one unit of work. */
    default void replace(List<ArticleGraph> graphs) {
        replace(graphs.iterator());
    }

    /**
     * True when the target holds no article at all, so a load need not look up stored hashes
     * and may write everything in one unit (which keeps a TDB2 store as small as a bulk load).
     */
    default boolean hasNoArticles() {
        return false;
    }

    /** Puts the ontology graph in place unless the target already holds the same triples. */
    boolean ensureOntology(Graph ontology);

    /** Where the graphs go, for messages: a directory or a URL. */
    String describe();
}
