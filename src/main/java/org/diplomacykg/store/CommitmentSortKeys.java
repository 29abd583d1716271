package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Per policy area the same rows again, hung on the area so that one area's rows are an index
 * look-up: one {@code dip:areaCommitmentKey} per key above, "area name TAB preferred label TAB
 * commitment IRI", their number ({@code dip:areaCommitmentCount}) and the rows of the areas before
 * it ({@code dip:areaRowsBefore}). With these a page of the listing orders only the rows of the
 * areas that begin before its end (the first page of the 10k bench store: the 6,000 rows of its
 * first area, not all 120,000); an area with no rows has neither number.
 */
final class CommitmentSortKeys {
    private CommitmentSortKeys() {}

    static void refresh(DatasetGraph dsg, Collection<Node> commitments) {
        Node derived = KG.derivedGraph();
        Node key = DIP.areaSortKey.asNode();
        Node areaKey = DIP.areaCommitmentKey.asNode();
        Graph union = dsg.getUnionGraph();
        // per area, how many of its rows this refresh adds (less those it removes): its count is kept up to
        // date without counting an area's rows again (400,000 for one area of a 100k store)
        Map<Node, Long> rowsAdded = new LinkedHashMap<>();
        for (Node commitment : commitments) {
            // the area's rows of this commitment are found through its own keys: the area keys carry
            // the same name and label, with the commitment's IRI where the area's was
            for (Node old : objects(dsg.getGraph(derived), commitment, key)) {
                String k = old.getLiteralLexicalForm();
                Node area = NodeFactory.createURI(k.substring(k.lastIndexOf('\t') + 1));
                Node row = areaKeyOf(k, commitment);
                if (dsg.contains(derived, area, areaKey, row)) {
                    dsg.delete(derived, area, areaKey, row);
                    rowsAdded.merge(area, -1L, Long::sum);
                }
            }
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
                            String k = areaName + "\t" + label.getLiteralLexicalForm() + "\t" + area.getURI();
                            dsg.add(derived, commitment, key, NodeFactory.createLiteralString(k));
                            Node row = areaKeyOf(k, commitment);
                            if (!dsg.contains(derived, area, areaKey, row)) {
                                dsg.add(derived, area, areaKey, row);
                                rowsAdded.merge(area, 1L, Long::sum);
                            }
                        }
                    }
                }
            }
        }
        Node count = DIP.areaCommitmentCount.asNode();
        rowsAdded.forEach((area, added) -> {
            long rows = added;
            for (Node was : objects(dsg.getGraph(derived), area, count)) {
                rows += Long.parseLong(was.getLiteralLexicalForm());
            }
            dsg.deleteAny(derived, area, count, Node.ANY);
            if (rows > 0) {
                dsg.add(derived, area, count, ArticleCounts.integer(rows));
            }
        });
        if (!rowsAdded.isEmpty()) {
            placeAreas(dsg, union);
        }
    }

    /**
     * Per area with rows, {@code dip:areaRowsBefore}: how many rows of the listing surely come
     * before its first one, those of the areas whose every name sorts before its first name. It
     * is a lower bound (an area with two names is counted before no area between them), so a page
     * that ends at or before it holds none of the area's rows. A dozen areas: recounted whole.
     */
    private static void placeAreas(DatasetGraph dsg, Graph union) {
        Node derived = KG.derivedGraph();
        Node before = DIP.areaRowsBefore.asNode();
        dsg.deleteAny(derived, Node.ANY, before, Node.ANY);
        Map<Node, Long> rows = new LinkedHashMap<>();
        dsg.find(derived, Node.ANY, DIP.areaCommitmentCount.asNode(), Node.ANY).forEachRemaining(q ->
                rows.put(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm())));
        Map<Node, List<String>> names = new LinkedHashMap<>();
        rows.keySet().forEach(area -> names.put(area, areaNames(union, area).stream().sorted().toList()));
        for (Node area : rows.keySet()) {
            String first = names.get(area).get(0);
            long earlier = 0;
            for (Map.Entry<Node, Long> other : rows.entrySet()) {
                List<String> otherNames = names.get(other.getKey());
                if (otherNames.get(otherNames.size() - 1).compareTo(first) < 0) {
                    earlier += other.getValue();
                }
            }
            dsg.add(derived, area, before, ArticleCounts.integer(earlier));
        }
    }

    /** The area's key of a commitment's sort key: its area IRI (after the last tab) replaced by the commitment's IRI. */
    private static Node areaKeyOf(String sortKey, Node commitment) {
        return NodeFactory.createLiteralString(sortKey.substring(0, sortKey.lastIndexOf('\t') + 1) + commitment.getURI());
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
