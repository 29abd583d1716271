package org.diplomacykg.store;

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

    /** Replaces each article's graph with the given one. */
    void replace(List<ArticleGraph> graphs);

    /** Puts the ontology graph in place unless the target already holds the same triples. */
    boolean ensureOntology(Graph ontology);

    /** Where the graphs go, for messages: a directory or a URL. */
    String describe();
}
