package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per actor and per event of the derived graph, the countries they stand for, so that the
 * {@code timeline} of two countries chooses its page from the events that involve both (one
 * lookup per event) instead of walking from each country to its actors and from every actor to its
 * events through the union graph (11,100 events of Việt Nam and Laos at 10k replicated articles,
 * each participation read once per telling article):
 * <ul>
 *   <li>{@code dip:standsForCountry}: an actor stands for a country when it is the country, belongs
 *       to it ({@code dip:country}), or holds a role in it or in one of its organisations
 *       ({@code ^dip:holder/dip:roleIn/dip:country?}), the query's own rule; only things typed
 *       {@code dip:Country} count as countries;</li>
 *   <li>{@code dip:involvesCountry}: an event involves the countries its participants stand for.</li>
 * </ul>
 * What an actor stands for is stated across articles (a person's office in one, the event in
 * another), so a write recomputes the actors it touched ({@link DerivedGraph.Touched#actors}: the
 * participants, holders, subjects of {@code dip:country} and countries of the touched graphs, before
 * and after) and the holders of roles in those of them that are organisations or countries; the
 * events of an actor whose countries changed are recomputed with the touched events. A head of state
 * restated by every article keeps the same countries, so his thousands of events are not.
 */
final class EventCountries {
    private EventCountries() {}

    static void refresh(DatasetGraph dsg, Collection<Node> touchedActors, Collection<Node> touchedEvents) {
        Graph union = dsg.getUnionGraph();
        Node derived = KG.derivedGraph();
        Node standsFor = DIP.standsForCountry.asNode();
        Node involves = DIP.involvesCountry.asNode();

        // Everything is read before anything is written: in a write transaction TDB2 reads a node
        // that follows a write from its file, not its cache (a rebuild of the 10k replicated store
        // took 200 s interleaved, a few seconds read first).
        Set<Node> events = new HashSet<>(touchedEvents);
        Map<Node, Boolean> isCountry = new HashMap<>();
        Map<Node, Set<Node>> countryOfBody = new HashMap<>();
        Map<Node, Set<Node>> countriesOf = new HashMap<>();
        Map<Node, Set<Node>> changedActors = new HashMap<>();
        Set<Node> changedBodies = recompute(dsg, union, touchedActors, isCountry, countryOfBody, countriesOf, changedActors);
        // A body that now stands for other countries (its dip:country or its type changed) changes what
        // the holders of its roles stand for, and a country that changed, what the holders of roles in
        // its organisations stand for; one level: what a holder stands for depends on the bodies' own
        // statements, not on what other holders stand for. Only changed bodies are walked: Việt Nam is
        // typed in every article, and walking its 9,800 role assignments on every write cost seconds.
        // (An organisation that itself holds a role is the one case this misses until a rebuild.)
        Set<Node> holders = new HashSet<>();
        for (Node body : changedBodies) {
            Set<Node> inBody = new HashSet<>();
            inBody.add(body);
            union.find(Node.ANY, DIP.country.asNode(), body).forEachRemaining(t -> inBody.add(t.getSubject()));
            for (Node b : inBody) {
                union.find(Node.ANY, DIP.roleIn.asNode(), b).forEachRemaining(ra ->
                        union.find(ra.getSubject(), DIP.holder.asNode(), Node.ANY).forEachRemaining(h -> holders.add(h.getObject())));
            }
        }
        holders.removeAll(countriesOf.keySet());
        recompute(dsg, union, holders, isCountry, countryOfBody, countriesOf, changedActors);
        for (Node actor : changedActors.keySet()) {
            union.find(Node.ANY, DIP.participant.asNode(), actor).forEachRemaining(t -> events.add(t.getSubject()));
        }
        Map<Node, Set<Node>> changedEvents = new HashMap<>();
        for (Node event : events) {
            Set<Node> countries = new HashSet<>();
            for (Triple t : union.find(event, DIP.participant.asNode(), Node.ANY).toList()) {
                countries.addAll(countriesOf.computeIfAbsent(t.getObject(), p -> objects(dsg, derived, p, standsFor)));
            }
            if (!countries.equals(objects(dsg, derived, event, involves))) {
                changedEvents.put(event, countries);
            }
        }
        write(dsg, standsFor, changedActors);
        write(dsg, involves, changedEvents);
    }

    /** Computes what each actor stands for now; notes and returns those for which it differs from what is kept. */
    private static Set<Node> recompute(DatasetGraph dsg, Graph union, Collection<Node> actors, Map<Node, Boolean> isCountry,
            Map<Node, Set<Node>> countryOfBody, Map<Node, Set<Node>> countriesOf, Map<Node, Set<Node>> changedActors) {
        Set<Node> changed = new HashSet<>();
        for (Node actor : actors) {
            Set<Node> now = countriesOf(union, actor, isCountry, countryOfBody);
            countriesOf.put(actor, now);
            if (!now.equals(objects(dsg, KG.derivedGraph(), actor, DIP.standsForCountry.asNode()))) {
                changedActors.put(actor, now);
                changed.add(actor);
            }
        }
        return changed;
    }

    private static void write(DatasetGraph dsg, Node property, Map<Node, Set<Node>> values) {
        Node derived = KG.derivedGraph();
        values.forEach((subject, objects) -> {
            dsg.deleteAny(derived, subject, property, Node.ANY);
            for (Node o : objects) {
                dsg.add(derived, subject, property, o);
            }
        });
    }

    private static Set<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node property) {
        Set<Node> out = new HashSet<>();
        dsg.find(graph, subject, property, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The actors a rebuild computes: every participant, holder and thing with a dip:country. */
    static Set<Node> allActors(Graph union) {
        Set<Node> out = new HashSet<>();
        union.find(Node.ANY, DIP.participant.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        union.find(Node.ANY, DIP.holder.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        union.find(Node.ANY, DIP.country.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        union.find(Node.ANY, RDF.type.asNode(), DIP.Country.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        out.removeIf(n -> !n.isURI());
        return out;
    }

    /** What an actor stands for: itself, its dip:country, where it holds roles and their countries; countries only. */
    private static Set<Node> countriesOf(Graph union, Node actor, Map<Node, Boolean> isCountry, Map<Node, Set<Node>> countryOfBody) {
        Set<Node> candidates = new HashSet<>();
        candidates.add(actor);
        union.find(actor, DIP.country.asNode(), Node.ANY).forEachRemaining(t -> candidates.add(t.getObject()));
        Set<Node> bodies = new HashSet<>();
        union.find(Node.ANY, DIP.holder.asNode(), actor).forEachRemaining(ra ->
                union.find(ra.getSubject(), DIP.roleIn.asNode(), Node.ANY).forEachRemaining(in -> bodies.add(in.getObject())));
        for (Node body : bodies) {
            candidates.add(body);
            // once per body: a party's country is stated in every article that names it
            candidates.addAll(countryOfBody.computeIfAbsent(body, b -> {
                Set<Node> out = new HashSet<>();
                union.find(b, DIP.country.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
                return out;
            }));
        }
        Set<Node> out = new HashSet<>();
        for (Node c : candidates) {
            if (c.isURI() && isCountry.computeIfAbsent(c, n -> union.contains(n, RDF.type.asNode(), DIP.Country.asNode()))) {
                out.add(c);
            }
        }
        return out;
    }
}
