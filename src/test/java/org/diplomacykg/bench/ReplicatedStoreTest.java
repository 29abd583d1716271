package org.diplomacykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicatedStoreTest {
    private static final Node ARTICLE = iri(KG.ARTICLE + "a1");
    private static final Node QUOTE = iri(KG.ARTICLE + "a1#quote-0-10");
    private static final Node EVENT = iri(KG.ID + "event/2025-12-talks-x");
    private static final Node GAZETTEER_PERSON = iri(KG.ID + "person/to-lam");
    private static final Node TEXT_PERSON = iri(KG.ID + "person/someone-named-in-text");

    @Test
    void copiesGetTheirOwnArticlesAndMintedThingsAndShareTheGazetteer(@TempDir Path dir) throws Exception {
        ReplicatedStore replicas;
        try (KgStore base = KgStore.open(dir.resolve("base"))) {
            DatasetGraph dsg = base.dataset();
            Txn.executeWrite(dsg, () -> {
                Node ontology = KG.ontologyGraph();
                dsg.add(ontology, GAZETTEER_PERSON, RDFS.label.asNode(), NodeFactory.createLiteralString("Tô Lâm"));
                dsg.add(ARTICLE, ARTICLE, RDF.type.asNode(), DIP.Article.asNode());
                dsg.add(ARTICLE, ARTICLE, DIP.sourceFile.asNode(), NodeFactory.createLiteralString("a1.txt"));
                dsg.add(ARTICLE, EVENT, DIP.participant.asNode(), GAZETTEER_PERSON);
                dsg.add(ARTICLE, EVENT, DIP.participant.asNode(), TEXT_PERSON);
                dsg.add(ARTICLE, EVENT, DIP.evidence.asNode(), QUOTE);
                dsg.add(KG.loadsGraph(), ARTICLE, KgStore.LOADED_AT, NodeFactory.createLiteralString("2026-12-04T00:00:00Z"));
                // the labels graph names every resource the articles name: events too, not only the gazetteer's
                dsg.add(KG.labelsGraph(), EVENT, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Talks: Tô Lâm"));
                dsg.add(KG.labelsGraph(), GAZETTEER_PERSON, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Tô Lâm"));
            });
            replicas = new ReplicatedStore(base);
        }

        ReplicatedStore.Figures f = replicas.build(3, dir.resolve("copies"));

        assertEquals(1, f.parsedArticles());
        assertEquals(3, f.articles());
        assertEquals(1 + 3 * 6 + 3 + 1, f.quads(), "the gazetteer once, the article graph and its load record three "
                + "times, the event's preferred label for each copy of it and the person's once");
        try (KgStore copies = KgStore.open(dir.resolve("copies"))) {
            assertEquals(List.of(ARTICLE, iri(KG.ARTICLE + "a1-c1"), iri(KG.ARTICLE + "a1-c2")), copies.articleGraphs());
            DatasetGraph dsg = copies.dataset();
            Txn.executeRead(dsg, () -> {
                Node copy2 = iri(KG.ARTICLE + "a1-c2");
                Set<Node> participants = new HashSet<>();
                dsg.find(copy2, iri(KG.ID + "event/2025-12-talks-x-c2"), DIP.participant.asNode(), Node.ANY)
                        .forEachRemaining(q -> participants.add(q.getObject()));
                assertEquals(Set.of(GAZETTEER_PERSON, iri(KG.ID + "person/someone-named-in-text-c2")), participants,
                        "the gazetteer's person is shared, the one named only in text is the copy's own");
                assertTrue(dsg.contains(copy2, iri(KG.ID + "event/2025-12-talks-x-c2"), DIP.evidence.asNode(),
                        iri(KG.ARTICLE + "a1-c2#quote-0-10")));
                assertTrue(dsg.contains(copy2, copy2, DIP.sourceFile.asNode(), NodeFactory.createLiteralString("a1-c2.txt")));
                assertTrue(dsg.contains(KG.loadsGraph(), copy2, KgStore.LOADED_AT, Node.ANY));
                assertEquals(3, count(dsg, Node.ANY, DIP.participant.asNode(), GAZETTEER_PERSON));
                assertTrue(dsg.contains(KG.labelsGraph(), iri(KG.ID + "event/2025-12-talks-x-c2"), SKOS.prefLabel.asNode(),
                        NodeFactory.createLiteralString("Talks: Tô Lâm")), "a labelled event is the copy's own, with its label");
                assertEquals(1, count(dsg, GAZETTEER_PERSON, SKOS.prefLabel.asNode(), Node.ANY));
            });
        }
    }

    private static long count(DatasetGraph dsg, Node s, Node p, Node o) {
        long n = 0;
        for (var it = dsg.find(Node.ANY, s, p, o); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
