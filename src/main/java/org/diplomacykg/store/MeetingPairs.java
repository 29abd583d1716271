package org.diplomacykg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The actor pairs of the derived graph: two actors who take part in the same event on different
 * sides (not two of its guests, not two of its hosts, and neither its companion), with each such
 * event ({@code dip:sharedEvent}) and their number ({@code dip:sharedEventCount}), so that
 * {@code network} reads the pairs instead of pairing every participant of every event of the
 * store. An event counts when it has a preferred label, as the listing names every event it counts.
 * A pair's IRI is {@link KG#ACTOR_PAIR} and a digest of the two actors' IRIs, the first in
 * code-point order first.
 */
final class MeetingPairs {
    private MeetingPairs() {}

    static void refresh(DatasetGraph dsg, Collection<Node> events, Set<Node> eventClasses) {
        Node derived = KG.derivedGraph();
        Node shared = DIP.sharedEvent.asNode();
        Graph union = dsg.getUnionGraph();
        Map<Node, Node[]> pairs = new HashMap<>();
        for (Node e : events) {
            List<Quad> old = new ArrayList<>();
            dsg.find(derived, Node.ANY, shared, e).forEachRemaining(old::add);
            for (Quad q : old) {
                pairs.putIfAbsent(q.getSubject(), null);
                dsg.delete(q);
            }
            if (!DerivedGraph.typedAs(union, e, eventClasses) || !union.find(e, SKOS.prefLabel.asNode(), Node.ANY).hasNext()) {
                continue;
            }
            Set<Node> guests = objects(union, e, DIP.guest.asNode());
            Set<Node> hosts = objects(union, e, DIP.host.asNode());
            Set<Node> companions = objects(union, e, DIP.companion.asNode());
            List<String> participants = new ArrayList<>(byIri(objects(union, e, DIP.participant.asNode())));
            for (int i = 0; i < participants.size(); i++) {
                Node a1 = fromIri(participants.get(i));
                for (int j = i + 1; j < participants.size(); j++) {
                    Node a2 = fromIri(participants.get(j));
                    boolean sameSide = (guests.contains(a1) && guests.contains(a2)) || (hosts.contains(a1) && hosts.contains(a2));
                    if (sameSide || companions.contains(a1) || companions.contains(a2)) {
                        continue;
                    }
                    Node pair = pairIri(a1, a2);
                    pairs.put(pair, new Node[] {a1, a2});
                    dsg.add(derived, pair, shared, e);
                }
            }
        }
        for (Map.Entry<Node, Node[]> entry : pairs.entrySet()) {
            Node pair = entry.getKey();
            Node[] actors = entry.getValue();
            if (actors == null) {
                Node first = objectOf(dsg, derived, pair, DIP.firstActor.asNode());
                Node second = objectOf(dsg, derived, pair, DIP.secondActor.asNode());
                actors = first == null || second == null ? null : new Node[] {first, second};
            }
            dsg.deleteAny(derived, pair, DIP.firstActor.asNode(), Node.ANY);
            dsg.deleteAny(derived, pair, DIP.secondActor.asNode(), Node.ANY);
            dsg.deleteAny(derived, pair, DIP.sharedEventCount.asNode(), Node.ANY);
            long count = 0;
            var it = dsg.find(derived, pair, shared, Node.ANY);
            while (it.hasNext()) {
                it.next();
                count++;
            }
            if (count > 0 && actors != null) {
                dsg.add(derived, pair, DIP.firstActor.asNode(), actors[0]);
                dsg.add(derived, pair, DIP.secondActor.asNode(), actors[1]);
                dsg.add(derived, pair, DIP.sharedEventCount.asNode(), ArticleCounts.integer(count));
            }
        }
    }

    /** The IRI of the pair of two actors, the first in code-point order first. */
    static Node pairIri(Node first, Node second) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((first.getURI() + " " + second.getURI()).getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(KG.ACTOR_PAIR + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static Set<Node> objects(Graph union, Node s, Node p) {
        Set<Node> out = new java.util.HashSet<>();
        union.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        return out;
    }

    /** The IRIs among the nodes, as strings: pairs are ordered as SPARQL orders STR(?actor). */
    private static Set<String> byIri(Set<Node> nodes) {
        Set<String> out = new TreeSet<>(CodePointOrder.STRINGS);
        nodes.stream().filter(Node::isURI).forEach(n -> out.add(n.getURI()));
        return out;
    }

    private static Node fromIri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node objectOf(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
