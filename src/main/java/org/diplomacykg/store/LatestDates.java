package org.diplomacykg.store;

import java.util.Collection;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per dated thing of the derived graph (an event, a commitment): {@code dip:latestDate}, the
 * greatest, as text, of the {@code dip:date}, {@code dip:startDate} and {@code dip:deadline} any
 * article states for it. {@code projects} dates each of its links with it: looking the three up
 * through the union graph read every copy of them, and an event of the parsed 10k store is told by
 * thousands of articles (10,050 links: about half of the time of choosing the page).
 *
 * <p>It depends only on the article graphs that state one of the three about the thing, so a load
 * recomputes it for each thing a touched graph gives one of them, before and after the write.
 */
final class LatestDates {
    private LatestDates() {}

    /** The predicates whose greatest value is kept. */
    static final Node[] DATES = {DIP.date.asNode(), DIP.startDate.asNode(), DIP.deadline.asNode()};

    static void refresh(DatasetGraph dsg, Collection<Node> things) {
        Node derived = KG.derivedGraph();
        Node latest = DIP.latestDate.asNode();
        Graph union = dsg.getUnionGraph();
        for (Node thing : things) {
            dsg.deleteAny(derived, thing, latest, Node.ANY);
            String max = null;
            for (Node p : DATES) {
                var it = union.find(thing, p, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    // STR(): the lexical form of a literal, the text of an IRI
                    String text = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
                    if (text != null && (max == null || text.compareTo(max) > 0)) {
                        max = text;
                    }
                }
            }
            if (max != null) {
                dsg.add(derived, thing, latest, NodeFactory.createLiteralString(max));
            }
        }
    }
}
