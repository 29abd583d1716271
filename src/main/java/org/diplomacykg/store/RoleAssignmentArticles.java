package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per role assignment of the derived graph: how many article graphs state it
 * ({@code dip:articleCount}) and the first and latest of them ({@code dip:firstStated},
 * {@code dip:latestStated}, "date, file" as for target statements and events). {@code roles} reads
 * these instead of joining every article graph that tells a page's rows (a leader's office in the
 * parsed 10k store is stated by thousands of articles, and their file names made answers of
 * 904 KB). Events get the same three values from {@link EventDates}.
 *
 * <p>An article states a role assignment when its graph gives it a {@code dip:holder} (as the query
 * joined them); only articles with a {@code dip:sourceFile} are counted. The values depend only on
 * the graphs that state the assignment, so a load recomputes the assignments the touched article
 * graphs stated before or state now.
 */
final class RoleAssignmentArticles {
    private RoleAssignmentArticles() {}

    static void refresh(DatasetGraph dsg, Collection<Node> assignments) {
        Map<Node, String> whenOf = new HashMap<>();
        for (Node assignment : assignments) {
            write(dsg, assignment, DIP.holder.asNode(), whenOf);
        }
    }

    /** Rewrites the count, first and latest article of one thing, told by {@code telling} in a graph. */
    private static void write(DatasetGraph dsg, Node thing, Node telling, Map<Node, String> whenOf) {
        Node derived = KG.derivedGraph();
        for (Node p : new Node[] {DIP.articleCount.asNode(), DIP.firstStated.asNode(), DIP.latestStated.asNode()}) {
            dsg.deleteAny(derived, thing, p, Node.ANY);
        }
        Set<Node> stating = new HashSet<>();
        dsg.find(Node.ANY, thing, telling, Node.ANY).forEachRemaining(q -> {
            if (KG.isArticleGraph(q.getGraph())) {
                stating.add(q.getGraph());
            }
        });
        int count = 0;
        TreeSet<String> when = new TreeSet<>();
        for (Node g : stating) {
            String w = whenOf.computeIfAbsent(g, a -> when(dsg, a));
            if (w == null) {
                continue;   // no source file: not counted, as the queries joined dip:sourceFile
            }
            count++;
            if (!w.isEmpty()) {
                when.add(w);
            }
        }
        if (count == 0) {
            return;
        }
        dsg.add(derived, thing, DIP.articleCount.asNode(), ArticleCounts.integer(count));
        if (!when.isEmpty()) {
            dsg.add(derived, thing, DIP.firstStated.asNode(), NodeFactory.createLiteralString(when.first()));
            dsg.add(derived, thing, DIP.latestStated.asNode(), NodeFactory.createLiteralString(when.last()));
        }
    }

    /**
     * An article's "date, file" (the least, should it state several), "" when it has a file but no
     * date, null when it has no file.
     */
    private static String when(DatasetGraph dsg, Node article) {
        var union = dsg.getUnionGraph();
        TreeSet<String> files = new TreeSet<>();
        union.find(article, DIP.sourceFile.asNode(), Node.ANY).forEachRemaining(t -> files.add(t.getObject().getLiteralLexicalForm()));
        if (files.isEmpty()) {
            return null;
        }
        TreeSet<String> dates = new TreeSet<>();
        union.find(article, DCTerms.date.asNode(), Node.ANY).forEachRemaining(t -> dates.add(t.getObject().getLiteralLexicalForm()));
        return dates.isEmpty() ? "" : dates.first() + ", " + files.first();
    }
}
