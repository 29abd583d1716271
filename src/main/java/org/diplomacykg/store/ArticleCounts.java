package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per article of the derived graph: how many events, commitments, role assignments and projects
 * its graph tells ({@code dip:eventCount} …), so the {@code articles} listing reads four numbers
 * instead of every thing of the page's article graphs.
 */
final class ArticleCounts {
    private ArticleCounts() {}

    static void refresh(DatasetGraph dsg, Collection<Node> articles, Set<Node> eventClasses) {
        Node derived = KG.derivedGraph();
        Node type = RDF.type.asNode();
        for (Node g : articles) {
            for (Node p : new Node[] {DIP.eventCount.asNode(), DIP.commitmentCount.asNode(),
                    DIP.roleAssignmentCount.asNode(), DIP.projectCount.asNode()}) {
                dsg.deleteAny(derived, g, p, Node.ANY);
            }
            if (!dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                continue;   // the article graph is gone
            }
            Set<Node> events = new HashSet<>();
            Set<Node> commitments = new HashSet<>();
            Set<Node> assignments = new HashSet<>();
            Set<Node> projects = new HashSet<>();
            dsg.find(g, Node.ANY, type, Node.ANY).forEachRemaining(q -> {
                Node c = q.getObject();
                if (eventClasses.contains(c)) {
                    events.add(q.getSubject());
                } else if (c.equals(DIP.Commitment.asNode())) {
                    commitments.add(q.getSubject());
                } else if (c.equals(DIP.RoleAssignment.asNode())) {
                    assignments.add(q.getSubject());
                } else if (c.equals(DIP.Project.asNode())) {
                    projects.add(q.getSubject());
                }
            });
            dsg.add(derived, g, DIP.eventCount.asNode(), integer(events.size()));
            dsg.add(derived, g, DIP.commitmentCount.asNode(), integer(commitments.size()));
            dsg.add(derived, g, DIP.roleAssignmentCount.asNode(), integer(assignments.size()));
            dsg.add(derived, g, DIP.projectCount.asNode(), integer(projects.size()));
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
