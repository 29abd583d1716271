package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgStoreTest {
    private static final Node TO_LAM = KG.entity("person", "to-lam").asNode();

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(article("a", TO_LAM), article("b", KG.entity("person", "thongloun-sisoulith").asNode())));
            long persons = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                        .query("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <" + DIP.Person.getURI() + "> }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, persons);
        }
    }

    @Test
    void replacingAnArticleGraphLeavesTheOthersAlone(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(article("a", TO_LAM), article("b", TO_LAM)));
            Node other = KG.entity("person", "sonexay-siphandone").asNode();
            store.replace(List.of(article("a", other)));
            assertTrue(store.copyOf(KG.article("a").asNode()).contains(other, RDF.type.asNode(), DIP.Person.asNode()));
            assertFalse(store.copyOf(KG.article("a").asNode()).contains(TO_LAM, Node.ANY, Node.ANY));
            assertTrue(store.copyOf(KG.article("b").asNode()).contains(TO_LAM, RDF.type.asNode(), DIP.Person.asNode()));
            assertEquals(List.of(KG.article("a").asNode(), KG.article("b").asNode()), store.articleGraphs());
        }
    }

    @Test
    void theOntologyGraphIsWrittenOnlyWhenItChanged(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            assertTrue(store.ensureOntology(OntologyFiles.ontologyGraph()));
            assertFalse(store.ensureOntology(OntologyFiles.ontologyGraph()));
            assertTrue(store.copyOf(KG.ontologyGraph()).contains(DIP.Event.asNode(), Node.ANY, Node.ANY));
        }
    }

    @Test
    void theStoredHashTellsAnUnchangedArticle(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            assertTrue(store.storedHash(KG.article("a").asNode()).isEmpty());
            store.replace(List.of(article("a", TO_LAM)));
            assertEquals("hash-a", store.storedHash(KG.article("a").asNode()).orElseThrow());
        }
    }

    private static ArticleGraph article(String stem, Node person) {
        Node iri = KG.article(stem).asNode();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(iri, RDF.type.asNode(), DIP.Article.asNode());
        g.add(iri, DIP.contentHash.asNode(), NodeFactory.createLiteralString("hash-" + stem));
        g.add(person, RDF.type.asNode(), DIP.Person.asNode());
        return new ArticleGraph(iri, "hash-" + stem, g, stem + ".txt");
    }
}
