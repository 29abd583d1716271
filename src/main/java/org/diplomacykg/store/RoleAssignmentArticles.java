package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
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
        Node derived = KG.derivedGraph();
        Map<Node, Set<String>> whenOf = new HashMap<>();
        for (Node assignment : assignments) {
            for (Node p : new Node[] {DIP.articleCount.asNode(), DIP.firstStated.asNode(), DIP.latestStated.asNode()}) {
                dsg.deleteAny(derived, assignment, p, Node.ANY);
            }
            EventDates.writeStating(dsg, assignment, DIP.holder.asNode(), whenOf);
        }
    }
}
