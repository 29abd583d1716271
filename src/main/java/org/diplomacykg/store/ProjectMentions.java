package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The projects an event's quotes name, in the derived graph ({@code ?event dip:quoteNames
 * ?project}): an article that tells the project tells the event, typed there as an event, and one
 * of the event's supporting quotes there contains, case aside, one of the project's spellings
 * ({@code rdfs:label} or {@code skos:altLabel} without a language tag, anywhere in the store).
 * {@code projects} lists these links; it used to find them at query time by comparing every
 * spelling with every quote of every article that tells the project (over 10 s at 10k articles).
 *
 * <p>The spellings matched are kept too ({@code dip:quoteSpelling}), so a load recomputes a
 * project's links across all the articles that tell it only when its spellings changed; otherwise
 * only the links of the events the load touched. A project many articles tell (a gazetteer
 * railway told by thousands) would otherwise make every load read all those articles again.
 */
final class ProjectMentions {
    private ProjectMentions() {}

    static void refresh(DatasetGraph dsg, Collection<Node> projects, Collection<Node> events, Set<Node> eventClasses) {
        Node derived = KG.derivedGraph();
        Node names = DIP.quoteNames.asNode();
        Node spelled = DIP.quoteSpelling.asNode();
        Graph union = dsg.getUnionGraph();
        Map<Node, Set<String>> spellingsOf = new HashMap<>();
        for (Node p : projects) {
            Set<String> now = isProject(union, p) ? spellings(union, p) : Set.of();
            Set<String> kept = new HashSet<>();
            dsg.find(derived, p, spelled, Node.ANY).forEachRemaining(q -> kept.add(q.getObject().getLiteralLexicalForm()));
            if (now.equals(kept)) {
                continue;   // the links of the events this load touched are recomputed below
            }
            // new spellings: every quote of every article that tells the project is matched again
            dsg.deleteAny(derived, p, spelled, Node.ANY);
            dsg.deleteAny(derived, Node.ANY, names, p);
            now.forEach(s -> dsg.add(derived, p, spelled, NodeFactory.createLiteralString(s)));
            spellingsOf.put(p, now);
            for (Node g : graphsTelling(dsg, p)) {
                Graph article = dsg.getGraph(g);
                dsg.find(g, Node.ANY, DIP.evidence.asNode(), Node.ANY).forEachRemaining(q -> {
                    Node item = q.getSubject();
                    if (DerivedGraph.typedAs(article, item, eventClasses) && quoteNames(dsg, g, item, now)) {
                        dsg.add(derived, item, names, p);
                    }
                });
            }
        }
        for (Node item : events) {
            dsg.deleteAny(derived, item, names, Node.ANY);
            Set<Node> told = new HashSet<>();
            dsg.find(Node.ANY, item, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (KG.isArticleGraph(q.getGraph()) && eventClasses.contains(q.getObject())) {
                    told.add(q.getGraph());
                }
            });
            for (Node g : told) {
                List<Node> projectsOfG = new ArrayList<>();
                dsg.find(g, Node.ANY, RDF.type.asNode(), DIP.Project.asNode()).forEachRemaining(q -> projectsOfG.add(q.getSubject()));
                for (Node p : projectsOfG) {
                    Set<String> spellings = spellingsOf.computeIfAbsent(p, k -> spellings(union, k));
                    if (quoteNames(dsg, g, item, spellings)) {
                        dsg.add(derived, item, names, p);
                    }
                }
            }
        }
    }

    private static boolean isProject(Graph union, Node p) {
        return union.contains(p, RDF.type.asNode(), DIP.Project.asNode());
    }

    private static Set<Node> graphsTelling(DatasetGraph dsg, Node p) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, p, RDF.type.asNode(), DIP.Project.asNode()).forEachRemaining(q -> out.add(q.getGraph()));
        return out;
    }

    /** True when one of the item's supporting quotes in graph {@code g} contains one of the spellings. */
    private static boolean quoteNames(DatasetGraph dsg, Node g, Node item, Set<String> spellings) {
        if (spellings.isEmpty()) {
            return false;
        }
        List<Quad> evidence = new ArrayList<>();
        dsg.find(g, item, DIP.evidence.asNode(), Node.ANY).forEachRemaining(evidence::add);
        for (Quad e : evidence) {
            var quotes = dsg.find(g, e.getObject(), DIP.quote.asNode(), Node.ANY);
            while (quotes.hasNext()) {
                Node quote = quotes.next().getObject();
                if (quote.isLiteral() && contains(quote.getLiteralLexicalForm().toLowerCase(Locale.ROOT), spellings)) {
                    return true;
                }
            }
        }
        return false;
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

    private static boolean contains(String quote, Set<String> spellings) {
        for (String s : spellings) {
            if (quote.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
