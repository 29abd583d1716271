package org.diplomacykg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The store's derived graph ({@link KG#DERIVED_GRAPH}): what the saved listings sort or count,
 * kept so that a query reads it instead of scanning every article graph of the store:
 * <ul>
 *   <li>per article, how many events, commitments, role assignments and projects its graph tells
 *       ({@link ArticleCounts}; the {@code articles} listing);</li>
 *   <li>per pair of actors who meet, the events they share and their number
 *       ({@link MeetingPairs}; {@code network});</li>
 *   <li>per event, the projects one of its quotes names ({@link ProjectMentions}; {@code projects},
 *       which compared every project's spellings with the quotes of its articles);</li>
 *   <li>per quantitative target (measure, amount, currency), the articles that state it, the first
 *       and latest of them and the deadlines given ({@link TargetStatements}; {@code targets});</li>
 *   <li>per event its earliest stated date, how many articles tell it, the first and latest of
 *       them and its listing key ({@link EventDates}; {@code timeline}, {@code person-meetings},
 *       {@code entity-card}); per article its date and listing key ({@link ArticleDates};
 *       {@code fact-sources});</li>
 *   <li>per actor and per event, the countries it stands for or involves
 *       ({@link EventCountries}; {@code timeline});</li>
 *   <li>per role assignment, how many articles state it and the first and latest of them
 *       ({@link RoleAssignmentArticles}; {@code roles}) and its rows' order keys ({@link RoleOrderKeys});</li>
 *   <li>per project, one order key per link to what mentions it ({@link ProjectLinkKeys};
 *       {@code projects});</li>
 *   <li>per commitment and policy area, the commitments listing's sort key, and per policy area
 *       the same rows and their number ({@link CommitmentSortKeys}; {@code commitments});</li>
 *   <li>per commitment, one order key per article stating it ({@link CommitmentTrailKeys};
 *       {@code commitment-trail}).</li>
 * </ul>
 *
 * <p>Like the labels graph ({@link PreferredLabels}) it is a decision across articles, so it lives
 * outside the replaceable article graphs and is recomputed inside the write transaction of a load,
 * for exactly what the load touched: note each article graph with {@link Touched#add} before it is
 * deleted and after it is written, then call {@link #refresh} after the labels graph is refreshed
 * (the pairs read the events' preferred labels). The result depends only on what the store holds,
 * so it equals {@link #rebuild} from scratch.
 */
public final class DerivedGraph {
    private DerivedGraph() {}

    /**
     * The layout of the derived graph this code writes and its queries read, stated in the graph
     * as {@link DIP#derivedLayoutVersion}: raise it whenever what the graph holds changes, so that a
     * store written by older code is rebuilt ({@link #missing}) instead of answering from stale keys.
     */
    public static final int LAYOUT_VERSION = 9;

    /** What a write touched: the article graphs, and the events and projects they tell or name. */
    public static final class Touched {
        private final Set<Node> eventClasses;
        final Set<Node> articles = new HashSet<>();
        final Set<Node> events = new HashSet<>();
        final Set<Node> projects = new HashSet<>();
        final Set<Node> commitments = new HashSet<>();
        final Set<Node> roleAssignments = new HashSet<>();
        /** The participants, holders, things given a country and countries of the touched graphs ({@link EventCountries}). */
        final Set<Node> actors = new HashSet<>();
        /** The projects the touched graphs' commitments concern ({@link ProjectLinkKeys}). */
        final Set<Node> concernedProjects = new HashSet<>();
        /** Each resource a touched graph labels, with its preferred label before the write: {@link RoleOrderKeys}. */
        final Map<Node, Node> labelsBefore = new HashMap<>();
        /** Everything in the store, after the derived graph was emptied: {@link #rebuild}. */
        private boolean wholeStore;

        private Touched(Set<Node> eventClasses) {
            this.eventClasses = eventClasses;
        }

        /**
         * Notes what an article graph tells as it stands now: call it before the graph is deleted
         * and again after it is written.
         */
        public void add(DatasetGraph dsg, Node graphName) {
            articles.add(graphName);
            dsg.find(graphName, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (eventClasses.contains(q.getObject())) {
                    events.add(q.getSubject());
                } else if (q.getObject().equals(DIP.Project.asNode())) {
                    projects.add(q.getSubject());
                } else if (q.getObject().equals(DIP.Commitment.asNode())) {
                    commitments.add(q.getSubject());
                } else if (q.getObject().equals(DIP.RoleAssignment.asNode())) {
                    roleAssignments.add(q.getSubject());
                }
            });
            dsg.find(graphName, Node.ANY, DIP.area.asNode(), Node.ANY).forEachRemaining(q -> commitments.add(q.getSubject()));
            ProjectLinkKeys.noteProjects(dsg, graphName, concernedProjects);
            // what an actor stands for is stated across articles: the actors whose statements the graph holds
            for (Node p : new Node[] {DIP.participant.asNode(), DIP.holder.asNode()}) {
                dsg.find(graphName, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) {
                        actors.add(q.getObject());
                    }
                });
            }
            dsg.find(graphName, Node.ANY, DIP.country.asNode(), Node.ANY).forEachRemaining(q -> actors.add(q.getSubject()));
            dsg.find(graphName, Node.ANY, RDF.type.asNode(), DIP.Country.asNode()).forEachRemaining(q -> actors.add(q.getSubject()));
            // the labels graph is refreshed after every graph of the write is noted: this is the label before
            dsg.find(graphName, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q ->
                    labelsBefore.computeIfAbsent(q.getSubject(), r -> RoleOrderKeys.preferredLabel(dsg, r)));
            // a new spelling of a project changes which quotes name it, wherever it is told
            for (Node p : new Node[] {RDFS.label.asNode(), SKOS.altLabel.asNode()}) {
                dsg.find(graphName, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!events.contains(q.getSubject())) {
                        projects.add(q.getSubject());
                    }
                });
            }
        }
    }

    /** An empty record of what a write touches; call inside the write transaction. */
    public static Touched touched(DatasetGraph dsg) {
        return new Touched(eventClasses(dsg.getUnionGraph()));
    }

    /**
     * Recomputes the derived graph's statements about everything the write touched, from the
     * article graphs and the labels graph as they now stand. Call inside the write transaction,
     * after {@link PreferredLabels#refresh}.
     */
    public static void refresh(DatasetGraph dsg, Touched touched) {
        ArticleCounts.refresh(dsg, touched.articles, touched.eventClasses);
        ArticleDates.refresh(dsg, touched.articles);
        EventDates.refresh(dsg, touched.events);
        TargetStatements.refresh(dsg, touched.articles);
        CommitmentSortKeys.refresh(dsg, touched.commitments);
        CommitmentTrailKeys.refresh(dsg, touched.commitments);
        MeetingPairs.refresh(dsg, touched.events, touched.eventClasses);
        RoleAssignmentArticles.refresh(dsg, touched.roleAssignments);
        EventCountries.refresh(dsg, touched.actors, touched.events);
        RoleOrderKeys.refresh(dsg, touched.roleAssignments, touched.labelsBefore);
        // on a rebuild every project's links are matched whole (it has no spellings kept yet), so the
        // events need not be matched again one by one
        ProjectMentions.refresh(dsg, touched.projects, touched.wholeStore ? Set.of() : touched.events, touched.eventClasses);
        Set<Node> projects = new HashSet<>(touched.projects);
        projects.addAll(touched.concernedProjects);
        ProjectLinkKeys.refresh(dsg, projects, touched.wholeStore ? Set.of() : touched.events);
        Node derived = KG.derivedGraph();
        dsg.deleteAny(derived, derived, DIP.derivedLayoutVersion.asNode(), Node.ANY);
        dsg.add(derived, derived, DIP.derivedLayoutVersion.asNode(), NodeFactory.createLiteralDT(
                Integer.toString(LAYOUT_VERSION), XSDDatatype.XSDinteger));
    }

    /**
     * Recomputes the whole derived graph: for a store loaded before it existed, after a bulk load,
     * a new ontology, or a write whose graphs are not known (a SPARQL Update). Call inside a write
     * transaction, after the labels graph is complete.
     */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(KG.derivedGraph(), Node.ANY, Node.ANY, Node.ANY);
        Touched all = touched(dsg);
        all.wholeStore = true;
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (KG.isArticleGraph(g)) {
                all.articles.add(g);
            }
        });
        Graph union = dsg.getUnionGraph();
        for (Node c : all.eventClasses) {
            union.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t -> all.events.add(t.getSubject()));
        }
        union.find(Node.ANY, RDF.type.asNode(), DIP.Project.asNode()).forEachRemaining(t -> all.projects.add(t.getSubject()));
        union.find(Node.ANY, RDF.type.asNode(), DIP.Commitment.asNode()).forEachRemaining(t -> all.commitments.add(t.getSubject()));
        union.find(Node.ANY, DIP.area.asNode(), Node.ANY).forEachRemaining(t -> all.commitments.add(t.getSubject()));
        union.find(Node.ANY, RDF.type.asNode(), DIP.RoleAssignment.asNode()).forEachRemaining(t -> all.roleAssignments.add(t.getSubject()));
        all.actors.addAll(EventCountries.allActors(union));
        refresh(dsg, all);
    }

    /**
     * True when the store has article graphs (a {@code dip:contentHash} or a {@code dip:sourceFile}
     * stated) but no derived graph of this code's layout: none at all
     * (loaded before it existed) or one whose {@link DIP#derivedLayoutVersion} is absent or older
     * than {@link #LAYOUT_VERSION} (written by older code).
     */
    public static boolean missing(DatasetGraph dsg) {
        // an article graph is known by its content hash (dkg writes one) or its file (a store made
        // elsewhere, e.g. by hand, has no hash): person-meetings and fact-sources read the keys only
        return layoutVersion(dsg) < LAYOUT_VERSION
                && (dsg.find(Node.ANY, Node.ANY, DIP.contentHash.asNode(), Node.ANY).hasNext()
                        || dsg.find(Node.ANY, Node.ANY, DIP.sourceFile.asNode(), Node.ANY).hasNext());
    }

    /** The layout version the store's derived graph states, 0 when it states none. */
    static int layoutVersion(DatasetGraph dsg) {
        Node derived = KG.derivedGraph();
        var it = dsg.find(derived, derived, DIP.derivedLayoutVersion.asNode(), Node.ANY);
        int version = 0;
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralValue() instanceof Number n) {
                version = Math.max(version, n.intValue());
            }
        }
        return version;
    }

    /** {@code dip:Event} and every class below it ({@code rdfs:subClassOf*}, as the queries walk it). */
    static Set<Node> eventClasses(Graph union) {
        Set<Node> out = new HashSet<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(DIP.Event.asNode());
        while (!todo.isEmpty()) {
            Node c = todo.poll();
            if (out.add(c)) {
                union.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(t -> todo.add(t.getSubject()));
            }
        }
        return out;
    }

    /** True when the thing is typed, in the given graph or the union, with one of the classes. */
    static boolean typedAs(Graph graph, Node thing, Set<Node> classes) {
        var it = graph.find(thing, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            if (classes.contains(it.next().getObject())) {
                return true;
            }
        }
        return false;
    }
}
