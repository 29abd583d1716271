package org.diplomacykg.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An article's graph that lists its triples in the order the writer added them: the article,
 * its entities, then roles, projects, events and commitments each in the order the article tells
 * them. Jena's in-memory graph lists triples in hash order (Jena 5's lists the last added first),
 * and TDB2 numbers new nodes in the order a load hands it triples, so through it a store, its
 * N-Quads export and the shards of {@code dkg extract} listed an article's commitments last one
 * first. Written in this order, a reader of an export (or a tool that walks it top to bottom)
 * meets the facts in the article's order. Lookups by pattern go to an ordinary indexed graph.
 */
final class WrittenOrderGraph extends GraphBase {
    private final Set<Triple> inOrder = new LinkedHashSet<>();
    private final Graph indexed = GraphFactory.createDefaultGraph();

    @Override
    public void performAdd(Triple t) {
        if (inOrder.add(t)) {
            indexed.add(t);
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (inOrder.remove(t)) {
            indexed.delete(t);
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (pattern.getSubject().isConcrete() || pattern.getPredicate().isConcrete() || pattern.getObject().isConcrete()) {
            return indexed.find(pattern);
        }
        // a copy, so that a caller may delete while it walks the graph
        return WrappedIterator.create(java.util.List.copyOf(inOrder).iterator());
    }

    @Override
    protected int graphBaseSize() {
        return inOrder.size();
    }
}
