package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * What the {@code timeline} of two countries chooses its events by, kept in the derived graph:
 * <ul>
 *   <li>per actor, {@code dip:standsFor} each country or organisation it stands for by the
 *       listing's rule: the one it belongs to ({@code dip:country}), each one it holds a role in
 *       ({@code ^dip:holder/dip:roleIn}) and that one's {@code dip:country};</li>
 *   <li>per event with a {@code dip:eventOrderKey} ({@link EventDates}), {@code dip:involves} each
 *       participant and everything one of them stands for.</li>
 * </ul>
 * The listing walked every actor of each country and then every event of those actors through
 * the union graph (one copy per telling article), then read each candidate's date and label; now
 * it joins two lookups of one named graph and orders on the kept key.
 *
 * <p>An actor's countries may be stated in other articles than its events (a person's office in
 * one, the talks in another), so a write recomputes the actors whose {@code dip:country},
 * {@code dip:holder} or {@code dip:roleIn} statements it touched ({@link DerivedGraph.Touched}),
 * plus those holding a role in a touched organisation; when what one stands for changed, every
 * event it takes part in is recomputed too. Runs after {@link EventDates} (it reads the keys).
 */
final class CountryInvolvement {
    private CountryInvolvement() {}

    /** Notes, in an article graph as it stands, the actors whose countries it may change. */
    static void noteActors(DatasetGraph dsg, Node graphName, Set<Node> actors) {
        Graph union = dsg.getUnionGraph();
        dsg.find(graphName, Node.ANY, DIP.country.asNode(), Node.ANY).forEachRemaining(q -> {
            actors.add(q.getSubject());
            // an organisation's country is also its office holders'
            holdersOfRolesIn(union, q.getSubject(), actors);
        });
        dsg.find(graphName, Node.ANY, DIP.holder.asNode(), Node.ANY).forEachRemaining(q -> actors.add(q.getObject()));
        dsg.find(graphName, Node.ANY, DIP.roleIn.asNode(), Node.ANY).forEachRemaining(q ->
                union.find(q.getSubject(), DIP.holder.asNode(), Node.ANY).forEachRemaining(t -> actors.add(t.getObject())));
    }

    static void refresh(DatasetGraph dsg, Collection<Node> touchedEvents, Collection<Node> touchedActors, boolean wholeStore) {
        Node derived = KG.derivedGraph();
        Graph union = dsg.getUnionGraph();
        Node standsFor = DIP.standsFor.asNode();
        Set<Node> actors = new HashSet<>(touchedActors);
        if (wholeStore) {
            union.find(Node.ANY, DIP.country.asNode(), Node.ANY).forEachRemaining(t -> actors.add(t.getSubject()));
            union.find(Node.ANY, DIP.holder.asNode(), Node.ANY).forEachRemaining(t -> actors.add(t.getObject()));
        }
        Set<Node> events = new HashSet<>(touchedEvents);
        for (Node actor : actors) {
            Set<Node> now = standsFor(union, actor);
            Set<Node> kept = new HashSet<>();
            dsg.find(derived, actor, standsFor, Node.ANY).forEachRemaining(q -> kept.add(q.getObject()));
            if (now.equals(kept)) {
                continue;
            }
            dsg.deleteAny(derived, actor, standsFor, Node.ANY);
            now.forEach(c -> dsg.add(derived, actor, standsFor, c));
            if (!wholeStore) {
                union.find(Node.ANY, DIP.participant.asNode(), actor).forEachRemaining(t -> events.add(t.getSubject()));
            }
        }
        Node involves = DIP.involves.asNode();
        for (Node event : events) {
            dsg.deleteAny(derived, event, involves, Node.ANY);
            if (!dsg.find(derived, event, DIP.eventOrderKey.asNode(), Node.ANY).hasNext()) {
                continue;
            }
            Set<Node> involved = new HashSet<>();
            for (Triple t : union.find(event, DIP.participant.asNode(), Node.ANY).toList()) {
                involved.add(t.getObject());
                dsg.find(derived, t.getObject(), standsFor, Node.ANY).forEachRemaining(q -> involved.add(q.getObject()));
            }
            involved.forEach(n -> dsg.add(derived, event, involves, n));
        }
    }

    /** What an actor stands for: {@code dip:country | ^dip:holder/dip:roleIn/dip:country?}, as the listing walks it. */
    static Set<Node> standsFor(Graph union, Node actor) {
        Set<Node> out = new HashSet<>();
        union.find(actor, DIP.country.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        for (Triple held : union.find(Node.ANY, DIP.holder.asNode(), actor).toList()) {
            for (Triple in : union.find(held.getSubject(), DIP.roleIn.asNode(), Node.ANY).toList()) {
                out.add(in.getObject());
                union.find(in.getObject(), DIP.country.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            }
        }
        return out;
    }

    private static void holdersOfRolesIn(Graph union, Node organisation, Set<Node> actors) {
        for (Triple in : union.find(Node.ANY, DIP.roleIn.asNode(), organisation).toList()) {
            union.find(in.getSubject(), DIP.holder.asNode(), Node.ANY).forEachRemaining(t -> actors.add(t.getObject()));
        }
    }
}
