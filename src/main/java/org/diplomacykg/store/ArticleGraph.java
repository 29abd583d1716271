package org.diplomacykg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A built and validated article graph, ready to be stored under its name.
 *
 * @param name        the article IRI, also the graph name
 * @param contentHash SHA-256 of the article file, to tell an unchanged file on reload
 * @param source      the file it came from, for messages
 */
public record ArticleGraph(Node name, String contentHash, Graph graph, String source) {
}
