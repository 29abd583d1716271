package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per event of the derived graph: one date to sort on and who tells it, so a listing of a person's
 * events (11,900 of Tô Lâm's at 10k articles, or 119 told 68,000 times) chooses its page from one
 * value per event instead of reading every stated date and every stating article:
 * <ul>
 *   <li>{@code dip:sortDate}: the earliest {@code dip:date} any article states for it; when none
 *       states one, the earliest {@code dip:startDate} (what {@code MIN(COALESCE(?date, ?start))}
 *       gave); absent when neither is stated;</li>
 *   <li>{@code dip:articleCount}: the article graphs (with a {@code dip:sourceFile}) that type it;</li>
 *   <li>{@code dip:firstStated} / {@code dip:latestStated}: the least / greatest "date, file" of
 *       those articles that have a date, as for target statements;</li>
 *   <li>{@code dip:eventOrderKey}: one string whose code-point order is {@code person-meetings}'
 *       order (date, undated last; preferred label; IRI), so its page compares one string per
 *       candidate read in one lookup, for an event with a preferred label and an article count.</li>
 * </ul>
 * An event's values change only when an article graph that types it is written or removed (its
 * preferred label too: only a graph that types an event labels it), and {@link DerivedGraph.Touched}
 * notes the events of each such graph before and after; the key reads the labels graph, so this
 * runs after {@link PreferredLabels#refresh}.
 */
final class EventDates {
    private EventDates() {}

    static void refresh(DatasetGraph dsg, Collection<Node> events) {
        Node derived = KG.derivedGraph();
        Graph union = dsg.getUnionGraph();
        Node[] kept = {DIP.sortDate.asNode(), DIP.articleCount.asNode(), DIP.firstStated.asNode(), DIP.latestStated.asNode(),
                DIP.eventOrderKey.asNode()};
        // per article: its "date, file" strings, or an empty set when it has a file but no date; absent: no file
        Map<Node, Set<String>> whenOf = new HashMap<>();
        for (Node event : events) {
            for (Node p : kept) {
                dsg.deleteAny(derived, event, p, Node.ANY);
            }
            if (!writeStating(dsg, event, RDF.type.asNode(), whenOf)) {
                continue;   // no article tells it any more
            }
            Node date = least(union.find(event, DIP.date.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
            if (date == null) {
                date = least(union.find(event, DIP.startDate.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
            }
            if (date != null) {
                dsg.add(derived, event, DIP.sortDate.asNode(), date);
            }
            String key = null;
            for (Triple label : union.find(event, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
                if (label.getObject().isLiteral()) {
                    String k = (date == null ? "1" : "0" + date.getLiteralLexicalForm()) + "\t"
                            + label.getObject().getLiteralLexicalForm() + "\t" + event.getURI();
                    if (key == null || k.compareTo(key) < 0) {
                        key = k;
                    }
                }
            }
            if (key != null) {
                dsg.add(derived, event, DIP.eventOrderKey.asNode(), NodeFactory.createLiteralString(key));
            }
        }
    }

    /**
     * Writes a thing's {@code dip:articleCount} (the article graphs with a {@code dip:sourceFile}
     * that give it {@code telling}) and the least / greatest "date, file" of them as
     * {@code dip:firstStated} / {@code dip:latestStated}; false, writing nothing, when no such
     * article states it. Shared by events (typed) and role assignments ({@code dip:holder}).
     */
    static boolean writeStating(DatasetGraph dsg, Node thing, Node telling, Map<Node, Set<String>> whenOf) {
        Set<Node> stating = new HashSet<>();
        dsg.find(Node.ANY, thing, telling, Node.ANY).forEachRemaining(q -> {
            if (KG.isArticleGraph(q.getGraph())) {
                stating.add(q.getGraph());
            }
        });
        TreeSet<String> when = new TreeSet<>();
        int count = 0;
        for (Node g : stating) {
            Set<String> w = whenOf.computeIfAbsent(g, a -> when(dsg, a));
            if (w != null) {
                count++;
                when.addAll(w);
            }
        }
        if (count == 0) {
            return false;
        }
        Node derived = KG.derivedGraph();
        dsg.add(derived, thing, DIP.articleCount.asNode(), ArticleCounts.integer(count));
        if (!when.isEmpty()) {
            dsg.add(derived, thing, DIP.firstStated.asNode(), NodeFactory.createLiteralString(when.first()));
            dsg.add(derived, thing, DIP.latestStated.asNode(), NodeFactory.createLiteralString(when.last()));
        }
        return true;
    }

    /**
     * An article's "date, file" strings (none when it has no date), or null when it has no file: not
     * counted. The one spelling of an article in dip:firstStated / dip:latestStated, for events, role
     * assignments and target statements.
     */
    static Set<String> when(DatasetGraph dsg, Node g) {
        Graph article = dsg.getGraph(g);
        List<Node> files = article.find(g, DIP.sourceFile.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (files.isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (Triple d : article.find(g, DCTerms.date.asNode(), Node.ANY).toList()) {
            for (Node file : files) {
                out.add(d.getObject().getLiteralLexicalForm() + ", " + file.getLiteralLexicalForm());
            }
        }
        return out;
    }

    /**
     * The least of the values in SPARQL's order (as {@code MIN} and {@code ORDER BY} compare them:
     * dates as dates), ties broken by the term's text so the choice does not depend on the order
     * the store returns them in; null for none.
     */
    static Node least(Collection<Node> values) {
        Node least = null;
        for (Node v : values) {
            if (least == null) {
                least = v;
                continue;
            }
            int c = NodeValue.compareAlways(NodeValue.makeNode(v), NodeValue.makeNode(least));
            if (c < 0 || (c == 0 && v.toString().compareTo(least.toString()) < 0)) {
                least = v;
            }
        }
        return least;
    }
}
