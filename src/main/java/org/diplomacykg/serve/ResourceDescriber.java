package org.diplomacykg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The RDF returned when a minted IRI is dereferenced:
 * <ul>
 * <li>an article: its whole named graph (everything extracted from it);</li>
 * <li>the ontology: the ontology graph;</li>
 * <li>anything else: every triple about it in any graph, plus the description of the nodes it
 *     owns (blank nodes, {@code its-iri#…} nodes and its {@code dip:evidence} spans), and the
 *     triples that link to it from other IRIs (incoming links, as Pubby serves them; at most
 *     {@value #MAX_INCOMING}, so a country mentioned by every article stays a small answer).</li>
 * </ul>
 * Call inside a read transaction. Prefixes are set for readable Turtle.
 *
 * <pre>{@code
 * Graph g = new ResourceDescriber(ontologySource).describe(dsg, iri);   // empty: unknown IRI
 * }</pre>
 */
public final class ResourceDescriber {
    static final int MAX_INCOMING = 1000;

    private final OntologySource ontology;

    public ResourceDescriber(OntologySource ontology) {
        this.ontology = ontology;
    }

    public Graph describe(DatasetGraph dsg, Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        Prefixes.addTo(out.getPrefixMapping());
        if (iri.equals(KgTerms.ONTOLOGY_GRAPH)) {
            ontology.graph(dsg).find().forEachRemaining(out::add);
            return out;
        }
        if (dsg.containsGraph(iri)) {
            dsg.getGraph(iri).find().forEachRemaining(out::add);
            if (!out.isEmpty())
                return out;
        }
        Graph union = dsg.getUnionGraph();
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> done = new HashSet<>();
        todo.add(iri);
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!done.add(s))
                continue;
            for (Triple t : union.find(s, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                Node o = t.getObject();
                if (o.isBlank() || owned(iri, o) || t.getPredicate().equals(KgTerms.EVIDENCE))
                    todo.add(o);
            }
        }
        addIncoming(union, iri, out);
        return out;
    }

    private static void addIncoming(Graph union, Node iri, Graph out) {
        int n = 0;
        var it = union.find(Node.ANY, Node.ANY, iri);
        try {
            while (it.hasNext() && n < MAX_INCOMING) {
                Triple t = it.next();
                if (t.getSubject().isURI() && !owned(iri, t.getSubject()) && !t.getSubject().equals(iri)) {
                    out.add(t);
                    n++;
                }
            }
        } finally {
            it.close();
        }
    }

    private static boolean owned(Node iri, Node o) {
        return o.isURI() && o.getURI().startsWith(iri.getURI() + "#");
    }
}
