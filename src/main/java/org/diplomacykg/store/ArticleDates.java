package org.diplomacykg.store;

import java.util.Collection;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per article of the derived graph: its publication date ({@code dip:sortDate}, the
 * {@code dcterms:date} its graph states, as stored) and {@code dip:articleOrderKey}, one plain
 * string whose code-point order is the articles' order "date, file name, IRI" (the date's lexical
 * form, a tab, the file name, a tab, the IRI; no date: an empty first part, so it sorts first as an
 * unbound date does). {@code fact-sources} chooses its page of 10,000 candidate articles on that one
 * string: ordering them on date, file and IRI read one date and one file per candidate through the
 * union graph and compared dates as values.
 */
final class ArticleDates {
    private ArticleDates() {}

    static void refresh(DatasetGraph dsg, Collection<Node> articles) {
        Node derived = KG.derivedGraph();
        Node sortDate = DIP.sortDate.asNode();
        Node orderKey = DIP.articleOrderKey.asNode();
        for (Node g : articles) {
            dsg.deleteAny(derived, g, sortDate, Node.ANY);
            dsg.deleteAny(derived, g, orderKey, Node.ANY);
            Graph article = dsg.getGraph(g);
            Node date = EventDates.least(article.find(g, DCTerms.date.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList());
            if (date != null) {
                dsg.add(derived, g, sortDate, date);
            }
            String key = null;
            for (Node file : article.find(g, DIP.sourceFile.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
                if (!file.isLiteral()) {
                    continue;
                }
                String k = (date == null ? "" : date.getLiteralLexicalForm()) + "\t" + file.getLiteralLexicalForm() + "\t" + g.getURI();
                if (key == null || k.compareTo(key) < 0) {
                    key = k;
                }
            }
            if (key != null) {
                // only an article with a file, as the listings read dip:sourceFile
                dsg.add(derived, g, orderKey, NodeFactory.createLiteralString(key));
            }
        }
    }
}
