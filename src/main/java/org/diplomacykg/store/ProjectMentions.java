package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The projects an event's quotes name, in the derived graph ({@code ?event dip:quoteNames
 * ?project}): an article that tells the project tells the event, typed there as an event, and one
 * of the event's supporting quotes there contains, case aside, one of the project's spellings
 * ({@code rdfs:label} or {@code skos:altLabel} anywhere in the store). {@code projects} lists these
 * links; it used to find them at query time by comparing every spelling with every quote of every
 * article that tells the project (over 10 s at 10k articles).
 */
final class ProjectMentions {
    private ProjectMentions() {}

    static void refresh(DatasetGraph dsg, Collection<Node> projects, Set<Node> eventClasses) {
        Node derived = KG.derivedGraph();
        Node names = DIP.quoteNames.asNode();
        Node type = RDF.type.asNode();
        Node project = DIP.Project.asNode();
        Graph union = dsg.getUnionGraph();
        for (Node p : projects) {
            dsg.deleteAny(derived, Node.ANY, names, p);
            if (!union.contains(p, type, project)) {
                continue;
            }
            Set<String> spellings = spellings(union, p);
            if (spellings.isEmpty()) {
                continue;
            }
            Set<Node> told = new HashSet<>();
            dsg.find(Node.ANY, p, type, project).forEachRemaining(q -> told.add(q.getGraph()));
            for (Node g : told) {
                Graph article = dsg.getGraph(g);
                dsg.find(g, Node.ANY, DIP.evidence.asNode(), Node.ANY).forEachRemaining(q -> {
                    Node item = q.getSubject();
                    if (dsg.contains(derived, item, names, p) || !DerivedGraph.typedAs(article, item, eventClasses)) {
                        return;
                    }
                    var quotes = dsg.find(g, q.getObject(), DIP.quote.asNode(), Node.ANY);
                    while (quotes.hasNext()) {
                        Node quote = quotes.next().getObject();
                        if (quote.isLiteral() && names(quote.getLiteralLexicalForm().toLowerCase(Locale.ROOT), spellings)) {
                            dsg.add(derived, item, names, p);
                            break;
                        }
                    }
                });
            }
        }
    }

    /**
     * The project's spellings, lower-cased. Only those without a language tag: SPARQL's
     * {@code CONTAINS} of a plain quote and a tagged spelling is an error, so the query this graph
     * replaced never matched them.
     */
    private static Set<String> spellings(Graph union, Node p) {
        Set<String> out = new HashSet<>();
        for (Node label : new Node[] {RDFS.label.asNode(), SKOS.altLabel.asNode()}) {
            union.find(p, label, Node.ANY).forEachRemaining(t -> {
                Node l = t.getObject();
                if (l.isLiteral() && l.getLiteralLanguage().isEmpty()) {
                    out.add(l.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
                }
            });
        }
        return out;
    }

    private static boolean names(String quote, Set<String> spellings) {
        for (String s : spellings) {
            if (quote.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
