package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 * Per project of the derived graph, the {@code projects} listing's rows as order keys
 * ({@code dip:projectLinkKey}): one string per link between the project and a thing that mentions
 * it, "project name⇥via⇥date⇥project IRI⇥item IRI", whose code-point order is the listing's order
 * (name, via, date, project, item); a project nothing mentions has one key with the last three parts
 * empty but its IRI. The links are the listing's: the commitments that concern it ("commitment"),
 * the events those were made at ("event (a commitment on it was made there)") and the events whose
 * quote names it ({@code dip:quoteNames}, {@link ProjectMentions}; "event (its quote names the
 * project)"); the date is the greatest text of the item's {@code dip:date}, {@code dip:startDate} or
 * {@code dip:deadline}; an item without a preferred label is no row (the listing dropped it after
 * the page was cut). The listing found the ~10,000 links of the 10k stores, dated and named each and
 * ordered them all to keep 100 (450-560 ms); it now orders one kept string per row.
 *
 * <p>A project's keys read its preferred label, its commitments (in any article), the events they
 * were made at and those events' dates (in any article): a write recomputes every project its graphs
 * type or label, that one of their commitments concerns (noted before and after the write,
 * {@link DerivedGraph.Touched}), or that one of their events names or hosts a commitment on. Runs
 * after the labels graph and {@link ProjectMentions}.
 */
final class ProjectLinkKeys {
    private ProjectLinkKeys() {}

    static final String VIA_COMMITMENT = "commitment";
    static final String VIA_MADE_AT = "event (a commitment on it was made there)";
    static final String VIA_QUOTE = "event (its quote names the project)";

    /** Notes, in an article graph as it stands, the projects its commitments concern. */
    static void noteProjects(DatasetGraph dsg, Node graphName, Set<Node> projects) {
        dsg.find(graphName, Node.ANY, DIP.concerns.asNode(), Node.ANY).forEachRemaining(q -> projects.add(q.getObject()));
    }

    static void refresh(DatasetGraph dsg, Collection<Node> touchedProjects, Collection<Node> touchedEvents) {
        Graph union = dsg.getUnionGraph();
        Node derived = KG.derivedGraph();
        Set<Node> projects = new HashSet<>(touchedProjects);
        for (Node event : touchedEvents) {
            dsg.find(derived, event, DIP.quoteNames.asNode(), Node.ANY).forEachRemaining(q -> projects.add(q.getObject()));
            union.find(Node.ANY, DIP.madeAt.asNode(), event).forEachRemaining(c ->
                    union.find(c.getSubject(), DIP.concerns.asNode(), Node.ANY).forEachRemaining(t -> projects.add(t.getObject())));
        }
        // read everything, then write: in a write transaction TDB2 reads nodes from the file once
        // something was written (see EventCountries)
        Map<Node, Set<String>> keys = new HashMap<>();
        Map<Node, String> dates = new HashMap<>();
        Map<Node, Boolean> labelled = new HashMap<>();
        for (Node project : projects) {
            if (!project.isURI()) {
                continue;
            }
            keys.put(project, keysOf(dsg, union, project, dates, labelled));
        }
        Node key = DIP.projectLinkKey.asNode();
        keys.forEach((project, now) -> {
            dsg.deleteAny(derived, project, key, Node.ANY);
            now.forEach(k -> dsg.add(derived, project, key, NodeFactory.createLiteralString(k)));
        });
    }

    private static Set<String> keysOf(DatasetGraph dsg, Graph union, Node project, Map<Node, String> dates, Map<Node, Boolean> labelled) {
        Set<String> out = new HashSet<>();
        if (!union.contains(project, RDF.type.asNode(), DIP.Project.asNode())) {
            return out;
        }
        Map<Node, Set<String>> links = new HashMap<>();   // item → via
        for (Triple c : union.find(Node.ANY, DIP.concerns.asNode(), project).toList()) {
            Node commitment = c.getSubject();
            links.computeIfAbsent(commitment, n -> new HashSet<>()).add(VIA_COMMITMENT);
            union.find(commitment, DIP.madeAt.asNode(), Node.ANY).forEachRemaining(t ->
                    links.computeIfAbsent(t.getObject(), n -> new HashSet<>()).add(VIA_MADE_AT));
        }
        dsg.find(KG.derivedGraph(), Node.ANY, DIP.quoteNames.asNode(), project).forEachRemaining(q ->
                links.computeIfAbsent(q.getSubject(), n -> new HashSet<>()).add(VIA_QUOTE));
        for (Triple name : union.find(project, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            if (!name.getObject().isLiteral()) {
                continue;
            }
            String prefix = name.getObject().getLiteralLexicalForm() + "\t";
            if (links.isEmpty()) {
                out.add(prefix + "\t\t" + project.getURI() + "\t");
            }
            links.forEach((item, vias) -> {
                if (!item.isURI() || !labelled.computeIfAbsent(item, i -> union.contains(i, SKOS.prefLabel.asNode(), Node.ANY))) {
                    return;
                }
                String date = dates.computeIfAbsent(item, i -> latestDate(union, i));
                for (String via : vias) {
                    out.add(prefix + via + "\t" + date + "\t" + project.getURI() + "\t" + item.getURI());
                }
            });
        }
        return out;
    }

    /** The greatest text of the item's date, start date or deadline ("" when none), as MAX(STR(…)) gives it. */
    private static String latestDate(Graph union, Node item) {
        String latest = "";
        for (Node p : new Node[] {DIP.date.asNode(), DIP.startDate.asNode(), DIP.deadline.asNode()}) {
            for (Triple t : union.find(item, p, Node.ANY).toList()) {
                String text = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString();
                if (text.compareTo(latest) > 0) {
                    latest = text;
                }
            }
        }
        return latest;
    }
}
