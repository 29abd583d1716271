package org.diplomacykg.store;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Loads into a running {@code dkg serve --update}: each article graph is replaced with one
 * Graph Store Protocol PUT (atomic on the server), the ontology graph only when it differs.
 * Load times are not recorded remotely; the server's store has no other writer to tell apart.
 */
public final class RemoteArticleTarget implements ArticleGraphTarget {
    private final RemoteGraphStore remote;

    public RemoteArticleTarget(RemoteGraphStore remote) {
        this.remote = remote;
    }

    @Override
    public Optional<String> storedHash(Node articleIri) {
        Graph stored = fetchOrEmpty(articleIri.getURI());
        Iterator<Triple> it = stored.find(articleIri, DIP.contentHash.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    @Override
    public void replace(Iterator<ArticleGraph> graphs) {
        while (graphs.hasNext()) {
            ArticleGraph g = graphs.next();
            remote.replaceGraph(g.name().getURI(), g.graph());
        }
    }

    @Override
    public boolean ensureOntology(Graph ontology) {
        if (fetchOrEmpty(KG.ONTOLOGY).isIsomorphicWith(ontology)) {
            return false;
        }
        remote.replaceGraph(KG.ONTOLOGY, ontology);
        return true;
    }

    @Override
    public String describe() {
        return remote.endpoint();
    }

    /** A graph the server does not have answers 404, which here just means "not loaded yet". */
    private Graph fetchOrEmpty(String graphIri) {
        try {
            return remote.fetchGraph(graphIri);
        } catch (RemoteGraphStore.RemoteStoreException e) {
            if (e.status() == 404) {
                return org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }
}
