package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * Per role assignment of the derived graph, the {@code roles} listing's rows as order keys
 * ({@code dip:roleOrderKey}): "holder label⇥date⇥role title⇥place label⇥assignment IRI⇥holder
 * IRI⇥place IRI", one per holder, date, role and place (the place parts empty when nothing
 * labelled is named), for an assignment some article with a file states ({@link
 * RoleAssignmentArticles}' count). The listing read the holder, role, date and three preferred
 * labels of every assignment of the store through the union graph to choose a page of 100; it
 * now orders one string per row, and the trailing IRIs let it keep one person's or one place's
 * rows by comparing the string.
 *
 * <p>The labels are the preferred ones ({@link PreferredLabels}), which another article can
 * change: a write recomputes the assignments its article graphs type, and those whose holder,
 * role or place had its preferred label changed by the write ({@link DerivedGraph.Touched} notes
 * each labelled resource's preferred label before the labels graph is refreshed). Runs after the
 * labels graph and {@link RoleAssignmentArticles}.
 */
final class RoleOrderKeys {
    private RoleOrderKeys() {}

    /** Stands for "no preferred label" in a record of labels before a write. */
    static final Node UNLABELLED = NodeFactory.createBlankNode("unlabelled");

    /** The resource's preferred label in the labels graph as it stands, or {@link #UNLABELLED}. */
    static Node preferredLabel(DatasetGraph dsg, Node resource) {
        var it = dsg.find(KG.labelsGraph(), resource, SKOS.prefLabel.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject() : UNLABELLED;
    }

    static void refresh(DatasetGraph dsg, Collection<Node> touchedAssignments, Map<Node, Node> labelsBefore) {
        Graph union = dsg.getUnionGraph();
        Set<Node> assignments = new HashSet<>(touchedAssignments);
        labelsBefore.forEach((resource, before) -> {
            if (!Objects.equals(before, preferredLabel(dsg, resource))) {
                for (Node p : new Node[] {DIP.holder.asNode(), DIP.role.asNode(), DIP.roleIn.asNode()}) {
                    union.find(Node.ANY, p, resource).forEachRemaining(t -> assignments.add(t.getSubject()));
                }
            }
        });
        Node derived = KG.derivedGraph();
        Node key = DIP.roleOrderKey.asNode();
        for (Node assignment : assignments) {
            dsg.deleteAny(derived, assignment, key, Node.ANY);
            if (!dsg.find(derived, assignment, DIP.articleCount.asNode(), Node.ANY).hasNext()
                    || !union.contains(assignment, RDF.type.asNode(), DIP.RoleAssignment.asNode())) {
                continue;
            }
            List<String[]> places = new ArrayList<>();
            for (Node where : objects(union, assignment, DIP.roleIn.asNode())) {
                for (Node name : labels(union, where)) {
                    places.add(new String[] {name.getLiteralLexicalForm(), where.isURI() ? where.getURI() : ""});
                }
            }
            if (places.isEmpty()) {
                places.add(new String[] {"", ""});
            }
            for (Node holder : objects(union, assignment, DIP.holder.asNode())) {
                for (Node holderName : labels(union, holder)) {
                    for (Node role : objects(union, assignment, DIP.role.asNode())) {
                        for (Node title : labels(union, role)) {
                            for (Node date : objects(union, assignment, DIP.date.asNode())) {
                                if (!date.isLiteral()) {
                                    continue;
                                }
                                for (String[] place : places) {
                                    dsg.add(derived, assignment, key, NodeFactory.createLiteralString(String.join("\t",
                                            holderName.getLiteralLexicalForm(), date.getLiteralLexicalForm(),
                                            title.getLiteralLexicalForm(), place[0], assignment.getURI(),
                                            holder.isURI() ? holder.getURI() : "", place[1])));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The resource's preferred labels that are literals, as the listing reads them through the
     * union graph: the labels graph's, or the ontology graph's for a concept no article labels.
     */
    private static Set<Node> labels(Graph union, Node resource) {
        Set<Node> out = new HashSet<>();
        union.find(resource, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject());
            }
        });
        return out;
    }

    private static Set<Node> objects(Graph union, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        union.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        return out;
    }
}
