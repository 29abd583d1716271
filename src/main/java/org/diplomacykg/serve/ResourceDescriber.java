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
 *     owns (blank nodes, {@code its-iri#…} nodes and its {@code dip:evidence} spans).</li>
 * </ul>
 * Call inside a read transaction. Prefixes are set for readable Turtle.
 *
 * <pre>{@code
 * Graph g = new ResourceDescriber(ontologySource).describe(dsg, iri);   // empty: unknown IRI
 * }</pre>
 */
public final class ResourceDescriber {
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
        return out;
    }

    private static boolean owned(Node iri, Node o) {
        return o.isURI() && o.getURI().startsWith(iri.getURI() + "#");
    }
}
