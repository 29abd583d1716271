package org.diplomacykg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Per commitment of the derived graph, one {@code dip:commitmentTrailKey} per article whose graph
 * states it: the article's {@code dip:articleOrderKey} ("date⇥file⇥article IRI"), a tab, the
 * commitment's IRI. Code-point order of the keys is the {@code commitment-trail} listing's order
 * (oldest article first, then file, article, commitment), so the listing chooses its page on one
 * string per row read from one index range per commitment. It joined each commitment to every graph
 * stating it and each graph to its order key, then ordered them: about 4,000 rows for a project of
 * the 10k parsed store, 142 ms in-process.
 *
 * <p>A key depends on the commitment and on its article's order key only, and an article's order
 * key changes only when its graph is written: recomputing the commitments the touched graphs state
 * (before and after the write, {@link DerivedGraph.Touched}) keeps every key right. Runs after
 * {@link ArticleDates}.
 */
final class CommitmentTrailKeys {
    private CommitmentTrailKeys() {}

    static void refresh(DatasetGraph dsg, Collection<Node> commitments) {
        Node derived = KG.derivedGraph();
        Node trailKey = DIP.commitmentTrailKey.asNode();
        Node orderKey = DIP.articleOrderKey.asNode();
        Node commitmentClass = DIP.Commitment.asNode();
        // read everything, then write: in a write transaction TDB2 reads nodes from the file once
        // something was written (see EventCountries)
        Map<Node, String> articleKeys = new HashMap<>();
        Map<Node, Set<String>> wanted = new HashMap<>();
        Map<Node, Set<String>> stored = new HashMap<>();
        for (Node commitment : commitments) {
            if (!commitment.isURI()) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            dsg.find(Node.ANY, commitment, RDF.type.asNode(), commitmentClass).forEachRemaining(q -> {
                String article = articleKeys.computeIfAbsent(q.getGraph(), g -> orderKeyOf(dsg, derived, g, orderKey));
                if (!article.isEmpty()) {
                    keys.add(article + "\t" + commitment.getURI());
                }
            });
            wanted.put(commitment, keys);
            Set<String> now = new HashSet<>();
            dsg.find(derived, commitment, trailKey, Node.ANY).forEachRemaining(q -> now.add(q.getObject().getLiteralLexicalForm()));
            stored.put(commitment, now);
        }
        // only what changed is written: a commitment told by thousands of articles keeps its keys
        wanted.forEach((commitment, keys) -> {
            Set<String> now = stored.get(commitment);
            for (String k : now) {
                if (!keys.contains(k)) {
                    dsg.delete(derived, commitment, trailKey, NodeFactory.createLiteralString(k));
                }
            }
            for (String k : keys) {
                if (!now.contains(k)) {
                    dsg.add(derived, commitment, trailKey, NodeFactory.createLiteralString(k));
                }
            }
        });
    }

    /** The article's order key, "" when it has none (no file stated): such an article is no row, as in the listing. */
    private static String orderKeyOf(DatasetGraph dsg, Node derived, Node article, Node orderKey) {
        var it = dsg.find(derived, article, orderKey, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
