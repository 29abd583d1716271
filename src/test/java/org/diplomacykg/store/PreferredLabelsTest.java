package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One preferred label per resource across articles, whichever way the articles are loaded. */
class PreferredLabelsTest {
    private static final Node TALKS = KG.entity("event", "2025-12-talks-a-b").asNode();
    private static final Node TO_LAM = KG.entity("person", "to-lam").asNode();

    @Test
    void theLabelMostArticlesGiveIsPreferredAndTheOthersAreAlternatives(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(article("a", TALKS, "Talks: A, B"), article("b", TALKS, "Talks: A, B"),
                    article("c", TALKS, "Talks: A, B (2025-12-01)")));
            assertEquals(Set.of("Talks: A, B"), union(store, TALKS, SKOS.prefLabel.asNode()));
            assertEquals(Set.of("Talks: A, B (2025-12-01)"), union(store, TALKS, SKOS.altLabel.asNode()));
        }
    }

    @Test
    void aTieGoesToTheGreatestLabelWhateverTheLoadOrder(@TempDir Path dir) throws Exception {
        try (KgStore first = KgStore.open(dir.resolve("ab")); KgStore second = KgStore.open(dir.resolve("ba"))) {
            first.replace(List.of(article("a", TALKS, "Talks: A, B")));
            first.replace(List.of(article("b", TALKS, "Talks: A, B (2025-12-01)")));
            second.replace(List.of(article("b", TALKS, "Talks: A, B (2025-12-01)")));
            second.replace(List.of(article("a", TALKS, "Talks: A, B")));
            assertEquals(Set.of("Talks: A, B (2025-12-01)"), union(first, TALKS, SKOS.prefLabel.asNode()));
            assertEquals(Set.of("Talks: A, B (2025-12-01)"), union(second, TALKS, SKOS.prefLabel.asNode()));
        }
    }

    @Test
    void theGazetteerNameIsPreferredOverWhatMostArticlesSay(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            store.replace(List.of(article("a", TO_LAM, "To Lam"), article("b", TO_LAM, "To Lam")));
            assertEquals(Set.of("Tô Lâm"), union(store, TO_LAM, SKOS.prefLabel.asNode()));
        }
    }

    @Test
    void replacingOrEmptyingAnArticleRecomputesItsLabels(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(article("a", TALKS, "Talks: A, B"), article("b", TALKS, "Talks: A, B (2025-12-01)")));
            store.replace(List.of(article("b", TALKS, "Talks: A, B")));
            assertEquals(Set.of("Talks: A, B"), union(store, TALKS, SKOS.prefLabel.asNode()));
            assertEquals(Set.of(), union(store, TALKS, SKOS.altLabel.asNode()));

            Node other = KG.entity("person", "sonexay-siphandone").asNode();
            store.replace(List.of(article("a", other, "Sonexay Siphandone"), article("b", other, "Sonexay Siphandone")));
            assertEquals(Set.of(), union(store, TALKS, SKOS.prefLabel.asNode()), "no article names the talks any more");
            assertEquals(Set.of("Sonexay Siphandone"), union(store, other, SKOS.prefLabel.asNode()));
        }
    }

    @Test
    void shardsGiveTheSameLabelsGraphAsLoadingArticles(@TempDir Path dir) throws Exception {
        List<ArticleGraph> articles = List.of(article("a", TALKS, "Talks: A, B"), article("b", TALKS, "Talks: A, B"),
                article("c", TALKS, "Talks: A, B (2025-12-01)"), article("d", TO_LAM, "To Lam"));
        Path shard = dir.resolve("part-00000.nq");
        ArticleShards.write(shard, articles);
        List<Object> rejected = new ArrayList<>();
        try (KgStore loaded = KgStore.open(dir.resolve("loaded")); KgStore bulk = KgStore.open(dir.resolve("bulk"));
             KgStore replaced = KgStore.open(dir.resolve("replaced"))) {
            loaded.ensureOntology(OntologyFiles.ontologyGraph());
            loaded.replace(articles);
            new NQuadsShardLoader(rejected::add).load(List.of(shard), bulk);
            replaced.ensureOntology(OntologyFiles.ontologyGraph());
            replaced.replace(List.of(article("a", TALKS, "Talks: something else")));
            new NQuadsShardLoader(rejected::add).load(List.of(shard), replaced);
            assertEquals(List.of(), rejected);
            Graph expected = loaded.copyOf(KG.labelsGraph());
            assertEquals(Set.of("Tô Lâm"), union(loaded, TO_LAM, SKOS.prefLabel.asNode()));
            assertTrue(expected.isIsomorphicWith(bulk.copyOf(KG.labelsGraph())), "bulk load");
            assertTrue(expected.isIsomorphicWith(replaced.copyOf(KG.labelsGraph())), "load into a store with articles");
        }
    }

    @Test
    void aStoreWrittenWithoutLabelsGraphGetsItOnItsNextLoad(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            // as an older dkg load left it: article graphs, no labels graph
            ArticleGraph a = article("a", TALKS, "Talks: A, B");
            Txn.executeWrite(store.dataset(), () -> a.graph().find()
                    .forEachRemaining(t -> store.dataset().add(a.name(), t.getSubject(), t.getPredicate(), t.getObject())));
            assertEquals(Set.of(), union(store, TALKS, SKOS.prefLabel.asNode()));
            // a load where every file is unchanged writes no article graph, only checks the ontology
            store.ensureOntology(OntologyFiles.ontologyGraph());
            assertEquals(Set.of("Talks: A, B"), union(store, TALKS, SKOS.prefLabel.asNode()));
        }
    }

    /** The distinct values of a property as the default (union) graph shows them. */
    private static Set<String> union(KgStore store, Node s, Node p) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().getUnionGraph().find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    private static ArticleGraph article(String stem, Node thing, String label) {
        Node iri = KG.article(stem).asNode();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(iri, RDF.type.asNode(), DIP.Article.asNode());
        g.add(iri, DIP.contentHash.asNode(), NodeFactory.createLiteralString("hash-" + stem + "-" + label));
        g.add(thing, RDF.type.asNode(), DIP.Event.asNode());
        g.add(thing, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        return new ArticleGraph(iri, "hash-" + stem + "-" + label, g, stem + ".txt");
    }
}
