package org.diplomacykg.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The target statements of the derived graph: each quantitative target (measure, amount, currency)
 * once, however many commitments of however many articles state it, with the articles that state
 * it ({@code dip:statedIn}), their number, the first and the latest of them ("date, file") and the
 * deadlines given. {@code targets} reads these instead of grouping every target of the store
 * (1.8 s at 10k articles). A whole amount is one {@code xsd:integer} (5000000000, not
 * 5000000000.0), as the query wrote it.
 *
 * <p>What an article states is in its own graph (its targets) and on itself (date, file), so a
 * load recomputes the statements the touched articles stated before (their {@code dip:statedIn})
 * and state now, each from the articles that state it.
 */
final class TargetStatements {
    private TargetStatements() {}

    /** One target as stated: the key of its statement. */
    private record Key(String metric, Node amount, String currency) {
        Node iri() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                        (metric + "\u0000" + amount + "\u0000" + currency).getBytes(StandardCharsets.UTF_8));
                return NodeFactory.createURI(KG.TARGET_STATEMENT + HexFormat.of().formatHex(digest, 0, 16));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
        }
    }

    /** What one article says of one target statement: "date, file" strings and deadlines. */
    private record Stated(Set<String> when, Set<String> deadlines) {
    }

    static void refresh(DatasetGraph dsg, Collection<Node> articles) {
        Node derived = KG.derivedGraph();
        Node statedIn = DIP.statedIn.asNode();
        Set<Node> affected = new HashSet<>();
        Map<Node, Key> keys = new HashMap<>();
        for (Node g : articles) {
            List<Quad> old = new ArrayList<>();
            dsg.find(derived, Node.ANY, statedIn, g).forEachRemaining(old::add);
            for (Quad q : old) {
                affected.add(q.getSubject());
                dsg.delete(q);
            }
            for (Key k : statedBy(dsg, g).keySet()) {
                Node s = k.iri();
                keys.put(s, k);
                affected.add(s);
                dsg.add(derived, s, statedIn, g);
            }
        }
        for (Node s : affected) {
            Key key = keys.containsKey(s) ? keys.get(s) : keyOf(dsg, s);
            for (Node p : new Node[] {DIP.statedMetric.asNode(), DIP.statedAmount.asNode(), DIP.statedCurrency.asNode(),
                    DIP.statedDeadlines.asNode(), DIP.firstStated.asNode(), DIP.latestStated.asNode(), DIP.articleCount.asNode()}) {
                dsg.deleteAny(derived, s, p, Node.ANY);
            }
            List<Node> stating = new ArrayList<>();
            dsg.find(derived, s, statedIn, Node.ANY).forEachRemaining(q -> stating.add(q.getObject()));
            if (stating.isEmpty() || key == null) {
                continue;
            }
            TreeSet<String> when = new TreeSet<>();
            TreeSet<String> deadlines = new TreeSet<>(CodePointOrder.STRINGS);
            for (Node g : stating) {
                Stated stated = statedBy(dsg, g).get(key);
                if (stated != null) {
                    when.addAll(stated.when());
                    deadlines.addAll(stated.deadlines());
                }
            }
            dsg.add(derived, s, DIP.statedMetric.asNode(), NodeFactory.createLiteralString(key.metric()));
            dsg.add(derived, s, DIP.statedAmount.asNode(), key.amount());
            dsg.add(derived, s, DIP.statedCurrency.asNode(), NodeFactory.createLiteralString(key.currency()));
            if (!deadlines.isEmpty()) {
                // none given: no value, as GROUP_CONCAT of no deadline was unbound
                dsg.add(derived, s, DIP.statedDeadlines.asNode(), NodeFactory.createLiteralString(String.join(", ", deadlines)));
            }
            dsg.add(derived, s, DIP.firstStated.asNode(), NodeFactory.createLiteralString(when.first()));
            dsg.add(derived, s, DIP.latestStated.asNode(), NodeFactory.createLiteralString(when.last()));
            dsg.add(derived, s, DIP.articleCount.asNode(), ArticleCounts.integer(stating.size()));
        }
    }

    /** The key a statement was written with, for one no touched article states any more. */
    private static Key keyOf(DatasetGraph dsg, Node s) {
        Node derived = KG.derivedGraph();
        var m = dsg.find(derived, s, DIP.statedMetric.asNode(), Node.ANY);
        var a = dsg.find(derived, s, DIP.statedAmount.asNode(), Node.ANY);
        var c = dsg.find(derived, s, DIP.statedCurrency.asNode(), Node.ANY);
        if (!m.hasNext() || !a.hasNext() || !c.hasNext()) {
            return null;
        }
        return new Key(m.next().getObject().getLiteralLexicalForm(), a.next().getObject(), c.next().getObject().getLiteralLexicalForm());
    }

    /**
     * The targets one article graph states, by key: every commitment's {@code dip:target} with an
     * {@code dip:amount} in the graph, its currency and measure ("" when none), the commitment's
     * deadlines, and the article's "date, file" (an article without either states nothing).
     */
    private static Map<Key, Stated> statedBy(DatasetGraph dsg, Node g) {
        Map<Key, Stated> out = new HashMap<>();
        Set<String> when = EventDates.when(dsg, g);
        if (when == null || when.isEmpty()) {
            return out;
        }
        Graph article = dsg.getGraph(g);
        for (Triple t : article.find(Node.ANY, DIP.target.asNode(), Node.ANY).toList()) {
            Node target = t.getObject();
            Set<Node> amounts = objects(article, target, DIP.amount.asNode());
            Set<String> currencies = strings(objects(article, target, DIP.currency.asNode()));
            Set<String> metrics = strings(objects(article, target, DIP.metric.asNode()));
            Set<String> deadlines = strings(objects(article, t.getSubject(), DIP.deadline.asNode()));
            deadlines.remove("");
            for (Node amount : amounts) {
                Node whole = whole(amount);
                for (String currency : currencies) {
                    for (String metric : metrics) {
                        Stated s = out.computeIfAbsent(new Key(metric, whole, currency), k -> new Stated(when, new HashSet<>()));
                        s.deadlines().addAll(deadlines);
                    }
                }
            }
        }
        return out;
    }

    /** A whole amount as an xsd:integer, any other as it is. */
    private static Node whole(Node amount) {
        if (!amount.isLiteral()) {
            return amount;
        }
        try {
            BigDecimal value = new BigDecimal(amount.getLiteralLexicalForm().strip());
            if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                return NodeFactory.createLiteral(value.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number: kept as it is
        }
        return amount;
    }

    private static Set<Node> objects(Graph graph, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        graph.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        return out;
    }

    /** The lexical forms of the literals; the empty string stands in for none, as COALESCE(?x, "") did. */
    private static Set<String> strings(Set<Node> nodes) {
        Set<String> out = new HashSet<>();
        nodes.stream().filter(Node::isLiteral).forEach(n -> out.add(n.getLiteralLexicalForm()));
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }
}
