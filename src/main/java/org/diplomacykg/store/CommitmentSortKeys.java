package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per commitment of the derived graph, what the {@code commitments} listing orders it by: one
 * {@code dip:areaSortKey} per policy area it belongs to, "area name TAB preferred label TAB area
 * IRI". The listing chose its page by reading the area and the preferred label of every commitment
 * of the store through the union graph (120,000 at 10k articles); one string per row of one named
 * graph is read and compared instead. A tab sorts before every character of a name, so the key
 * orders as the area name, then the label, did; the area IRI lets a query keep one area's rows.
 *
 * <p>The area name is the area's {@code skos:prefLabel} in English or without a language (its
 * local name when it has none), as the listing names it; the label is the commitment's preferred
 * label ({@link PreferredLabels}), so it is recomputed after the labels graph, for every
 * commitment a touched article graph types or gives an area, before and after the write.
 */
final class CommitmentSortKeys {
    private CommitmentSortKeys() {}

    static void refresh(DatasetGraph dsg, Collection<Node> commitments) {
        Node derived = KG.derivedGraph();
        Node key = DIP.areaSortKey.asNode();
        Graph union = dsg.getUnionGraph();
        for (Node commitment : commitments) {
            dsg.deleteAny(derived, commitment, key, Node.ANY);
            List<Node> labels = objects(union, commitment, SKOS.prefLabel.asNode());
            if (labels.isEmpty()) {
                continue;
            }
            for (Node area : objects(union, commitment, DIP.area.asNode())) {
                if (!union.contains(area, RDF.type.asNode(), DIP.PolicyArea.asNode())) {
                    continue;
                }
                for (String areaName : areaNames(union, area)) {
                    for (Node label : labels) {
                        if (label.isLiteral()) {
                            dsg.add(derived, commitment, key, NodeFactory.createLiteralString(
                                    areaName + "\t" + label.getLiteralLexicalForm() + "\t" + area.getURI()));
                        }
                    }
                }
            }
        }
    }

    /** The names the listing gives an area: its English or untagged preferred labels, else its local name. */
    private static List<String> areaNames(Graph union, Node area) {
        List<String> names = new ArrayList<>();
        for (Node label : objects(union, area, SKOS.prefLabel.asNode())) {
            if (label.isLiteral() && (label.getLiteralLanguage().isEmpty() || label.getLiteralLanguage().equalsIgnoreCase("en"))) {
                names.add(label.getLiteralLexicalForm());
            }
        }
        if (names.isEmpty()) {
            String iri = area.getURI();
            int hash = iri.indexOf('#');
            names.add(hash < 0 ? "" : iri.substring(hash + 1));
        }
        return names;
    }

    private static List<Node> objects(Graph graph, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        return out;
    }
}
