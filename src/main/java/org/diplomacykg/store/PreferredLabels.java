package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The store's labels graph ({@link KG#LABELS_GRAPH}): for every resource an article graph
 * names with {@code rdfs:label}, exactly one {@code skos:prefLabel} and each of its other
 * labels as {@code skos:altLabel}.
 *
 * <p>Each article graph names what it tells in its own words, so an event told by three
 * articles has up to three {@code rdfs:label}s. Which one is preferred is a decision across
 * articles, so it lives outside the (replaceable) article graphs and is recomputed, inside the
 * write transaction of a load, for the resources the load touched. The rule depends only on
 * what the store holds, never on the order articles were loaded in:
 * <ol>
 *   <li>the {@code skos:prefLabel} of the ontology graph (gazetteer, role titles), when it has
 *       one for the resource;</li>
 *   <li>else the label stated by the most article graphs;</li>
 *   <li>ties to the greatest label in code-point order: letters with diacritics sort after plain
 *       ones ("Tô Lâm" over "To Lam") and a label with a date after its undated form
 *       ("Talks: … (2025-12-01)" over "Talks: …"), the fuller of two spellings.</li>
 * </ol>
 */
public final class PreferredLabels {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();

    /** Greatest first: by how many articles state the label, then by code-point order. */
    private static final Comparator<Map.Entry<Node, Integer>> PREFERRED =
            Comparator.<Map.Entry<Node, Integer>>comparingInt(Map.Entry::getValue)
                    .thenComparing(e -> e.getKey().getLiteralLexicalForm(), CodePointOrder.STRINGS)
                    .thenComparing(e -> e.getKey().toString(), CodePointOrder.STRINGS)
                    .reversed();

    private PreferredLabels() {}

    /**
     * The preferred label of one resource.
     *
     * @param ontologyLabel the ontology graph's {@code skos:prefLabel} of the resource, or null
     * @param told          each label the article graphs state, with the number of graphs stating it
     */
    public static Node choose(Node ontologyLabel, Map<Node, Integer> told) {
        if (ontologyLabel != null) {
            return ontologyLabel;
        }
        return told.entrySet().stream().sorted(PREFERRED).findFirst().map(Map.Entry::getKey).orElse(null);
    }

    /** The resources an article graph names: the subjects of its {@code rdfs:label}s. */
    public static Set<Node> labelledIn(DatasetGraph dsg, Node graphName) {
        Set<Node> out = new HashSet<>();
        dsg.find(graphName, Node.ANY, LABEL, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /**
     * Recomputes the labels graph's statements about each given resource from the article graphs
     * and the ontology graph as they now stand; a resource no article names any more loses them.
     * Call inside a write transaction, after the article graphs are written.
     */
    public static void refresh(DatasetGraph dsg, Collection<Node> resources) {
        Node labels = KG.labelsGraph();
        Node ontology = KG.ontologyGraph();
        for (Node s : resources) {
            dsg.deleteAny(labels, s, Node.ANY, Node.ANY);
            Map<Node, Integer> told = new HashMap<>();
            Iterator<Quad> it = dsg.find(Node.ANY, s, LABEL, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (KG.isArticleGraph(q.getGraph()) && q.getObject().isLiteral()) {
                    told.merge(q.getObject(), 1, Integer::sum);
                }
            }
            if (told.isEmpty()) {
                continue;
            }
            Iterator<Quad> gazetteer = dsg.find(ontology, s, PREF, Node.ANY);
            Node ontologyLabel = gazetteer.hasNext() ? gazetteer.next().getObject() : null;
            for (Quad q : statements(s, ontologyLabel, told)) {
                dsg.add(q);
            }
        }
    }

    /** The labels graph's statements about one resource: its preferred label and the others. */
    static List<Quad> statements(Node s, Node ontologyLabel, Map<Node, Integer> told) {
        Node labels = KG.labelsGraph();
        Node preferred = choose(ontologyLabel, told);
        List<Quad> out = new ArrayList<>();
        out.add(Quad.create(labels, s, PREF, preferred));
        // the same text as the preferred label (a gazetteer title tagged @en, stated untagged) is not another name
        told.keySet().stream()
                .filter(l -> !l.getLiteralLexicalForm().equals(preferred.getLiteralLexicalForm()))
                .sorted(Comparator.comparing(Node::toString))
                .forEach(l -> out.add(Quad.create(labels, s, ALT, l)));
        return out;
    }

    /** True when the store has article graphs but no labels graph (loaded before it existed). */
    public static boolean missing(DatasetGraph dsg) {
        return !dsg.find(KG.labelsGraph(), Node.ANY, Node.ANY, Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, LABEL, Node.ANY).hasNext();
    }

    /**
     * Recomputes the whole labels graph: for a store loaded before it existed, after a new
     * gazetteer, or after a write whose graphs are not known (a SPARQL Update). Call inside a
     * write transaction.
     */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(KG.labelsGraph(), Node.ANY, Node.ANY, Node.ANY);
        Set<Node> all = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, LABEL, Node.ANY).forEachRemaining(q -> {
            if (KG.isArticleGraph(q.getGraph())) {
                all.add(q.getSubject());
            }
        });
        refresh(dsg, all);
    }
}
