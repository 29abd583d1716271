package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.serve.KgTerms;

/**
 * Read access to the knowledge graph for the pages: the union of the article graphs, the
 * ontology, labels and a few lookups. Use inside a read transaction on the dataset.
 *
 * <pre>{@code
 * Txn.executeRead(dsg, () -> { KgView v = new KgView(dsg, ontology); v.types(node); });
 * }</pre>
 */
public final class KgView {
    private final DatasetGraph dsg;
    private final Graph union;
    private final Graph ontology;
    private final Labels labels;
    private Set<Node> eventClasses;

    public KgView(DatasetGraph dsg, Graph ontology) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
        this.ontology = ontology;
        this.labels = new Labels(List.of(union, ontology));
    }

    public DatasetGraph dataset() { return dsg; }
    public Graph union() { return union; }
    public Graph ontology() { return ontology; }
    public Labels labels() { return labels; }

    /** Objects of {@code (s p ?)}, each once, in store order. */
    public List<Node> objects(Node s, Node p) {
        return distinct(union.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
    }

    /** Subjects of {@code (? p o)}, each once. */
    public List<Node> subjects(Node p, Node o) {
        return distinct(union.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList());
    }

    /** The first object of {@code (s p ?)}, if any. */
    public Optional<Node> object(Node s, Node p) {
        var it = union.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    public List<Node> types(Node s) {
        return objects(s, RDF.type.asNode());
    }

    /** Named graphs holding {@code (s p o)}. */
    public List<Node> graphsWith(Node s, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, s, p, o).forEachRemaining(q -> {
            if (!q.isDefaultGraph() && !out.contains(q.getGraph()))
                out.add(q.getGraph());
        });
        return out;
    }

    /** Whether {@code n} is the name of a graph in the store. */
    public boolean isGraphName(Node n) {
        return dsg.containsGraph(n) && dsg.find(n, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    /** Whether anything in the store (or the ontology) mentions {@code n} as subject or object. */
    public boolean isKnown(Node n) {
        return union.find(n, Node.ANY, Node.ANY).hasNext() || union.find(Node.ANY, Node.ANY, n).hasNext()
                || isGraphName(n);
    }

    /** dip:Event, the contract's event classes, and every ontology class below them. */
    public Set<Node> eventClasses() {
        if (eventClasses == null) {
            Set<Node> found = new LinkedHashSet<>(KgTerms.EVENT_CLASSES);
            List<Node> frontier = new ArrayList<>(found);
            while (!frontier.isEmpty()) {
                Node c = frontier.remove(frontier.size() - 1);
                for (Graph g : List.of(ontology, union))
                    g.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(t -> {
                        if (found.add(t.getSubject()))
                            frontier.add(t.getSubject());
                    });
            }
            eventClasses = found;
        }
        return eventClasses;
    }

    public boolean isEvent(Node s) {
        return types(s).stream().anyMatch(eventClasses()::contains);
    }

    public boolean hasType(Node s, Node type) {
        return union.contains(s, RDF.type.asNode(), type);
    }

    /**
     * Every subject that an article graph types with one of {@code classes}, each once. The
     * gazetteer in the ontology graph also types people and places, but the browse lists and
     * counts are about what the articles mention.
     */
    public List<Node> instancesOf(Collection<Node> classes) {
        List<Node> out = new ArrayList<>();
        for (Node c : classes)
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> {
                if (KG.isArticleGraph(q.getGraph()))
                    out.add(q.getSubject());
            });
        return distinct(out);
    }

    /**
     * How many things of {@code classes} the gazetteer (in the ontology graph) names that no
     * article mentions: SPARQL over the whole store and VoID's class partitions count them,
     * the browse lists and the landing page's figures do not.
     */
    public int gazetteerOnly(Collection<Node> classes) {
        Set<Node> mentioned = new LinkedHashSet<>(instancesOf(classes));
        Set<Node> named = new LinkedHashSet<>();
        for (Node c : classes)
            dsg.find(KgTerms.ONTOLOGY_GRAPH, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> named.add(q.getSubject()));
        named.removeAll(mentioned);
        return named.size();
    }

    /** A sort key for dates: dip:date, dip:startDate or dcterms:date as text ("" when none). */
    public String dateOf(Node s) {
        for (Node p : List.of(KgTerms.DATE, KgTerms.START_DATE, KgTerms.DC_DATE)) {
            Optional<Node> d = object(s, p);
            if (d.isPresent() && d.get().isLiteral())
                return d.get().getLiteralLexicalForm();
        }
        return "";
    }

    /** Quads of one named graph. */
    public List<Quad> quadsIn(Node graph, Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        dsg.find(graph, s, p, o).forEachRemaining(out::add);
        return out;
    }

    private static List<Node> distinct(List<Node> in) {
        return new ArrayList<>(new LinkedHashSet<>(in));
    }
}
